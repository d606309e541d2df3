using System.Globalization;
using BenchmarkDotNet.Running;

namespace ClinicKit.Benchmarks;

public static class Program
{
    /// <summary>The repository's uSync/v17, found from the working directory (run from the repository root).</summary>
    public static string ShippedUsync => Path.GetFullPath(Environment.GetEnvironmentVariable("CLINICKIT_USYNC") ?? "uSync/v17");

    /// <summary><c>make-content DIR CLINICS ARTICLES</c> writes the export benchmark's content set; anything else runs BenchmarkDotNet.</summary>
    public static void Main(string[] args)
    {
        if (args is ["make-content", var output, var clinics, var articles])
        {
            ContentSetGenerator.Write(ShippedUsync, output, int.Parse(clinics, CultureInfo.InvariantCulture), int.Parse(articles, CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
