using BenchmarkDotNet.Running;

namespace ClinicKit.Benchmarks;

public static class Program
{
    /// <summary>The repository's uSync/v17, found from the working directory (run from the repository root).</summary>
    public static string ShippedUsync => Path.GetFullPath(Environment.GetEnvironmentVariable("CLINICKIT_USYNC") ?? "uSync/v17");

    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
