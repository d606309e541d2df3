using BenchmarkDotNet.Attributes;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Validation;

namespace ClinicKit.Benchmarks;

/// <summary>Loading (and validating) a uSync folder of 10,000 content files: each file a full demo article with its block list body.</summary>
/// <remarks>In-process: BenchmarkDotNet's generated project does not take this repository's build settings, without which
/// Umbraco.Cms.Core does not restore here.</remarks>
[MemoryDiagnoser]
[InProcess]
public class ReadBenchmarks
{
    private string _folder = "";

    [Params(10_000)]
    public int ContentFiles { get; set; }

    [GlobalSetup]
    public void Setup() => _folder = LargeFolder.Create(Program.ShippedUsync, ContentFiles);

    [Benchmark]
    public int Read() => UsyncFolderReader.Read(_folder).Items.Count;

    [Benchmark]
    public int ReadAndValidate() => UsyncValidator.Validate(UsyncFolderReader.Read(_folder), new DateOnly(2026, 11, 22)).Count;
}
