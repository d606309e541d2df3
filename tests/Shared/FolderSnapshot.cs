using System.Security.Cryptography;

namespace ClinicKit.Tests.Shared;

/// <summary>Every file under a folder (relative path, forward slashes) with a hash of its bytes, to compare whole folders exactly.</summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string root) => new(
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
                f => Path.GetRelativePath(root, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            : [],
        StringComparer.Ordinal);
}
