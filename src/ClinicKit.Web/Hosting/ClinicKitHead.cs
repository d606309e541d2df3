using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration.Memory;

namespace ClinicKit.Web.Hosting;

/// <summary>Builds the head: what <c>Program.cs</c>, the tests and the CLI's exporter all run, so they render the same pages.</summary>
public static partial class ClinicKitHead
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <param name="args">Command-line arguments, for example <c>--ClinicKit:Usync:Path=DIR</c> or <c>--urls=http://127.0.0.1:0</c>.</param>
    /// <param name="configure">Runs after the head's services are added: replace the content source, the clock, the server
    /// (<c>builder.WebHost.UseTestServer()</c>), or add configuration.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ClinicKitHead).Assembly.GetName().Name,
        });
        // Lowest priority, so appsettings, environment and arguments still win: ASP.NET Core logs every request at
        // Information (about 89 MB per 10 s under load); the head's own start-up lines (each clinic's URL) stay visible.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = QuietRequestLogging });
        if (!HasConfiguredUrls(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddClinicKitHead(builder.Configuration);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseClinicKitHead();
        app.Lifetime.ApplicationStarted.Register(() => LogSites(app));
        return app;
    }

    private static readonly Dictionary<string, string?> QuietRequestLogging = new()
    {
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    private static bool HasConfiguredUrls(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    /// <summary>Tells whoever ran <c>dotnet run</c> where each clinic is.</summary>
    private static void LogSites(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ClinicKit.Web");
        var address = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features
            .Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            return;
        }

        IReadOnlyList<ClinicSitePages> sites;
        try
        {
            sites = app.Services.GetRequiredService<SitePages>().AllAsync().GetAwaiter().GetResult();
        }
        catch (Availability.ContentUnavailableException e)
        {
            // A live Umbraco that is down at startup: the head still starts (and serves what a shared cache holds).
            LogSitesUnavailable(logger, e.Reason);
            return;
        }

        foreach (var site in sites)
        {
            LogSite(logger, site.Clinic.ClinicName, $"{uri.Scheme}://{site.Host}:{uri.Port}/");
        }

        if (sites.Count > 0)
        {
            LogHostHint(logger, uri.Host);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit could not list the clinics at startup ({Reason}): Umbraco is not answering; pages are served as soon as it does")]
    private static partial void LogSitesUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Clinic}: {Url}")]
    private static partial void LogSite(ILogger logger, string clinic, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Each clinic is chosen by host name: point those names at {Address} (an /etc/hosts line, or Chromium's --host-resolver-rules=\"MAP *.test {Address}\"), or send a Host header (curl -H 'Host: NAME')")]
    private static partial void LogHostHint(ILogger logger, string address);
}
