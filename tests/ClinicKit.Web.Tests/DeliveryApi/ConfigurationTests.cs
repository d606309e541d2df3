using ClinicKit.Web.Sources;
using ClinicKit.Web.Sources.DeliveryApi;
using ClinicKit.Web.Sources.Usync;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>A head configured for the Delivery API checks its configuration at startup and names the key that is wrong.</summary>
public sealed class ConfigurationTests
{
    private static Dictionary<string, string?> Valid() => new()
    {
        ["ClinicKit:Source"] = "DeliveryApi",
        ["ClinicKit:DeliveryApi:BaseUrl"] = "https://cms.example.com",
        ["ClinicKit:DeliveryApi:Hosts:clinic.example"] = "clinic-root",
        ["ClinicKit:DeliveryApi:WebhookSecret"] = "a-secret-of-sixteen-or-more",
    };

    [TestCase("ClinicKit:DeliveryApi:BaseUrl", "cms.example.com", "ClinicKit:DeliveryApi:BaseUrl")]
    [TestCase("ClinicKit:DeliveryApi:BaseUrl", "ftp://cms.example.com", "ClinicKit:DeliveryApi:BaseUrl")]
    [TestCase("ClinicKit:DeliveryApi:BaseUrl", null, "ClinicKit:DeliveryApi:BaseUrl")]
    [TestCase("ClinicKit:DeliveryApi:Hosts:clinic.example", null, "ClinicKit:DeliveryApi:Hosts")]
    [TestCase("ClinicKit:DeliveryApi:Hosts:clinic.example/en", "root", "ClinicKit:DeliveryApi:Hosts:clinic.example/en")]
    [TestCase("ClinicKit:DeliveryApi:Hosts:clinic.example", " ", "ClinicKit:DeliveryApi:Hosts:clinic.example")]
    [TestCase("ClinicKit:DeliveryApi:WebhookSecret", "short", "ClinicKit:DeliveryApi:WebhookSecret")]
    [TestCase("ClinicKit:DeliveryApi:WebhookSecret", null, "ClinicKit:DeliveryApi:WebhookSecret")]
    [TestCase("ClinicKit:DeliveryApi:TimeoutSeconds", "0", "ClinicKit:DeliveryApi:TimeoutSeconds")]
    [TestCase("ClinicKit:DeliveryApi:Redis", "localhost:99999", "ClinicKit:DeliveryApi:Redis")]
    [TestCase("ClinicKit:DeliveryApi:Redis", "localhost:6379,nonsense=1", "ClinicKit:DeliveryApi:Redis")]
    [TestCase("ClinicKit:DeliveryApi:Redis", ",password=secret", "ClinicKit:DeliveryApi:Redis")]
    [TestCase("ClinicKit:DeliveryApi:TotalTimeoutSeconds", "0.1", "ClinicKit:DeliveryApi:TotalTimeoutSeconds")]
    [TestCase("ClinicKit:DeliveryApi:StaleSeconds", "10", "ClinicKit:DeliveryApi:StaleSeconds")]
    [TestCase("ClinicKit:DeliveryApi:Preview", "true", "ClinicKit:DeliveryApi:ApiKey")]
    [TestCase("ClinicKit:DeliveryApi:CircuitBreaker:FailureRatio", "2", "ClinicKit:DeliveryApi:CircuitBreaker")]
    public void A_bad_value_stops_the_head_at_startup_naming_the_key(string key, string? value, string named)
    {
        var config = Valid();
        config[key] = value;
        if (value is null)
        {
            config.Remove(key);
        }

        var error = Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Configuration.AddInMemoryCollection(config));
        });
        Assert.That(error!.Message, Does.Contain(named));
    }

    [Test]
    public void An_unknown_source_is_reported_with_its_key()
    {
        var error = Assert.CatchAsync(async () =>
        {
            await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Configuration.AddInMemoryCollection(
                new Dictionary<string, string?> { ["ClinicKit:Source"] = "Contentful" }));
            head.App.Services.GetRequiredService<IContentSource>();
        });
        Assert.That(error!.ToString(), Does.Contain("ClinicKit:Source"));
    }

    [Test]
    public async Task Without_configuration_the_usync_folder_is_the_source_and_nothing_is_validated()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        Assert.That(head.App.Services.GetRequiredService<IContentSource>(), Is.InstanceOf<UsyncContentSource>());
    }

    [Test]
    public async Task A_valid_configuration_selects_the_delivery_api_and_binds_every_setting()
    {
        var config = Valid();
        config["ClinicKit:DeliveryApi:Labels:ClinicKit.References"] = "Sources";
        config["ClinicKit:DeliveryApi:Hosts:WWW.Clinic.Example"] = "4d2c1f55-0000-4000-8000-000000000001";
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Configuration.AddInMemoryCollection(config));
        var source = head.App.Services.GetRequiredService<IContentSource>();
        Assert.That(source, Is.InstanceOf<DeliveryApiContentSource>());
        Assert.That((await source.GetDictionaryAsync())["ClinicKit.References"], Is.EqualTo("Sources"));
        var options = head.App.Services.GetRequiredService<IOptions<DeliveryApiOptions>>().Value;
        Assert.That(options.Hosts, Has.Count.EqualTo(2));
        Assert.That(options.Hosts.ContainsKey("www.clinic.example"), Is.True, "host names match whatever their case");
        Assert.That((await source.FindClinicByHostAsync("unknown.example", new SourceOutage())).Value, Is.Null);
    }
}
