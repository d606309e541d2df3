using NUnit.Framework;

using System.Text;

namespace ClinicKit.Tests.Shared;

/// <summary>A throwaway copy of a uSync folder that a test may break and mend; deleted afterwards.</summary>
public sealed class TempUsyncCopy : IDisposable
{
    private readonly string _source;

    public TempUsyncCopy(string source)
    {
        _source = source;
        Root = Path.Combine(Path.GetTempPath(), "clinickit-test-" + Guid.NewGuid().ToString("N")[..12]);
        CopyDirectory(source, Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Replaces the first occurrence of <paramref name="find"/>; fails the test when the text is not there.</summary>
    public void Replace(string relative, string find, string replacement)
    {
        var text = File.ReadAllText(PathOf(relative));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{find}' is not in {relative}");
        File.WriteAllText(PathOf(relative), text[..at] + replacement + text[(at + find.Length)..], new UTF8Encoding(true));
    }

    public void Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());

    public void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
    }

    public void Delete(string relative) => File.Delete(PathOf(relative));

    /// <summary>Makes the copy identical to its source again.</summary>
    public void Restore()
    {
        Directory.Delete(Root, recursive: true);
        CopyDirectory(_source, Root);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
