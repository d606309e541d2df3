using ClinicKit.Content.Library;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace ClinicKit.Web.Tests.DeliveryApi.Support;

/// <summary>Heads configured to read a fake Umbraco through the Delivery API, the way an agency configures a real one.</summary>
internal static class DeliveryApiHeads
{
    public const string Secret = "test-webhook-secret-4f1c2b9e";

    /// <summary>Start-Items for the demo clinics: two by root URL segment, one by GUID, so both kinds are exercised.</summary>
    public static string StartItem(ClinicSite clinic) =>
        clinic.Name == "Larkspur Mood Clinic" ? clinic.Key.ToString() : Content.Usync.UsyncFileNames.UrlSegment(clinic.Name);

    /// <summary>Configuration equal to the uSync source's where the Delivery API has nothing to say: hosts (uSync's domains)
    /// and labels (uSync's dictionary).</summary>
    public static Dictionary<string, string?> Configuration(FakeUmbraco fake, ContentLibrary? library = null, IDictionary<string, string?>? overrides = null)
    {
        library ??= ShippedContent.Library;
        var config = new Dictionary<string, string?>
        {
            ["ClinicKit:Source"] = "DeliveryApi",
            ["ClinicKit:DeliveryApi:BaseUrl"] = fake.BaseUrl,
            ["ClinicKit:DeliveryApi:WebhookSecret"] = Secret,
            // Generous for a loaded test machine (a cold fake answers slowly); the fault tests set their own.
            ["ClinicKit:DeliveryApi:TimeoutSeconds"] = "2",
            ["ClinicKit:DeliveryApi:TotalTimeoutSeconds"] = "5",
            ["ClinicKit:DeliveryApi:Retries"] = "1",
        };
        foreach (var clinic in library.Clinics)
        {
            foreach (var host in clinic.Hosts)
            {
                config[$"ClinicKit:DeliveryApi:Hosts:{ContentLibrary.HostOf(host)}"] = StartItem(clinic);
            }
        }

        foreach (var (key, text) in library.Dictionary)
        {
            config[$"ClinicKit:DeliveryApi:Labels:{key}"] = text;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        return config;
    }

    public static Task<InProcessHead> InProcessAsync(FakeUmbraco fake, IDictionary<string, string?>? overrides = null, Action<WebApplicationBuilder>? configure = null) =>
        InProcessHead.StartAsync(Paths.ShippedUsync, builder =>
        {
            // No listening address: the head's startup log of every clinic's URL (which reads every clinic) is skipped, so
            // a test sees exactly the requests its pages cost.
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "");
            builder.Configuration.AddInMemoryCollection(Configuration(fake, null, overrides));
            configure?.Invoke(builder);
        });

    public static Task<HeadServer> KestrelAsync(FakeUmbraco fake, IDictionary<string, string?>? overrides = null) =>
        HeadServer.StartAsync(Paths.ShippedUsync, builder => builder.Configuration.AddInMemoryCollection(Configuration(fake, null, overrides)));
}
