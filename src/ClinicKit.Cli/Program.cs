using ClinicKit.Cli;
using ClinicKit.Cli.Common;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await ClinicKitCli.RunAsync(args, CliConsole.ForProcess(), CliClock.FromEnvironment(), cancel.Token);
