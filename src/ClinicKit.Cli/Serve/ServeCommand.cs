using System.CommandLine;
using ClinicKit.Cli.Common;
using ClinicKit.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace ClinicKit.Cli.Serve;

/// <summary><c>clinickit serve</c>: the head on a uSync folder, reloading as files change (for example after <c>new-site</c>).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var folder = CliOptions.Folder();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => ClinicKitHead.DefaultUrl };
        var command = new Command("serve", "Serve every clinic in a uSync folder, each at its own host name, reloading when files change.\n\nExample:\n  clinickit serve --folder uSync/v17 --urls http://127.0.0.1:5000\n  curl -H 'Host: riverglass-ketamine.test' http://127.0.0.1:5000/")
        {
            folder, urls,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var source = CliOptions.ResolveFolder(result, null, folder);
            if (!Directory.Exists(source))
            {
                throw new UsageException($"the folder '{source}' does not exist");
            }

            var listen = result.GetValue(urls)!;
            if (listen.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(u => !IsListenAddress(u)) is { } bad)
            {
                throw new UsageException($"--urls '{bad}' is not an address to listen on, like {ClinicKitHead.DefaultUrl}");
            }

            // The host logs a failed start (a port in use) with its stack trace; clinickit's one-line failure says it instead.
            await using var head = ClinicKitHead.Build([$"--ClinicKit:Usync:Path={Path.GetFullPath(source)}", "--ClinicKit:Usync:Watch=true", $"--urls={listen}",
                "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host=None"]);
            await ((IHost)head).RunAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Kestrel's own parse of a listening address, so what passes here is what it can bind.</summary>
    private static bool IsListenAddress(string url)
    {
        try
        {
            return BindingAddress.Parse(url).Scheme is "http" or "https";
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
