using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;
using ClinicKit.Web.Tests.DeliveryApi.Fake;

// Usage:
//   ClinicKit.FakeUmbraco <uSync folder> [port]
//     serves the folder as Umbraco 17's Content Delivery API v2 on http://127.0.0.1:<port>/umbraco/delivery/api/v2/ until
//     stopped (Ctrl+C or SIGTERM), then prints how many requests it answered;
//   ClinicKit.FakeUmbraco head-args <uSync folder> <base URL>
//     prints, one per line, the head's command-line settings for reading that fake: the Delivery API source, each clinic's
//     host mapped to its root's URL segment (the folder's domains), and the labels (the folder's dictionary), so the head
//     renders exactly what it renders from the folder itself.
if (args is ["head-args", var folder, var baseUrl])
{
    var library = UsyncLibraryReader.Read(UsyncFolderReader.Read(Path.GetFullPath(folder)));
    Console.WriteLine("--ClinicKit:Source=DeliveryApi");
    Console.WriteLine($"--ClinicKit:DeliveryApi:BaseUrl={baseUrl}");
    Console.WriteLine("--ClinicKit:DeliveryApi:WebhookSecret=benchmark-secret-0123456789");
    foreach (var clinic in library.Clinics)
    {
        foreach (var host in clinic.Hosts)
        {
            Console.WriteLine($"--ClinicKit:DeliveryApi:Hosts:{ContentLibrary.HostOf(host)}={UsyncFileNames.UrlSegment(clinic.Name)}");
        }
    }

    foreach (var (key, text) in library.Dictionary)
    {
        Console.WriteLine($"--ClinicKit:DeliveryApi:Labels:{key}={text}");
    }

    return 0;
}

if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: ClinicKit.FakeUmbraco <uSync folder> [port] | head-args <uSync folder> <base URL>");
    return 2;
}

var port = args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
await using var fake = await FakeUmbraco.StartAsync(Path.GetFullPath(args[0]), port: port);
Console.WriteLine($"fake Umbraco listening on {fake.BaseUrl}");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});
await stop.Task;
Console.WriteLine($"requests answered: {fake.Requests.Count}");
return 0;
