using ClinicKit.Web.Hosting;

await ClinicKitHead.Build(args).RunAsync();
