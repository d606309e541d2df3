using System.Runtime.InteropServices;

namespace ClinicKit.Web.Export;

/// <summary>Puts a finished export in place of the previous one so that the output path always holds one whole site,
/// and cleans up after an export that was killed.</summary>
/// <remarks>
/// The new site is built in <c>OUT.partial-ID</c> beside <c>OUT</c>. On Linux the two folders are then exchanged in one
/// <c>renameat2(RENAME_EXCHANGE)</c> call, so a reader of <c>OUT</c> sees the old site or the new one and never a missing
/// folder; the old site, now at the staging name, is deleted. Where the exchange is not available (another OS, a file
/// system without it) <c>OUT</c> is first renamed to <c>OUT.old-ID</c> and the new site renamed to <c>OUT</c>: killed
/// between those two renames, <c>OUT</c> is missing until the next export, whose <see cref="Recover"/> finishes the swap
/// with the complete new site. Either way every <c>OUT.partial-*</c> and <c>OUT.old-*</c> folder left is removed then.
/// </remarks>
public static class ExportSwap
{
    private const string Partial = ".partial-";
    private const string Old = ".old-";

    public static string StagingFor(string target) => target + Partial + Guid.NewGuid().ToString("N");

    /// <param name="staging">A folder from <see cref="StagingFor"/> holding the whole new site, marker included.</param>
    public static void Replace(string target, string staging)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (Exchange(staging, target))
        {
            Directory.Delete(staging, recursive: true);
            return;
        }

        var old = target + Old + staging[(target.Length + Partial.Length)..];
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Delete(old, recursive: true);
    }

    /// <summary>Finishes a swap a killed export left half done, then removes every staging and old folder of
    /// <paramref name="target"/>. The caller holds the output's folder lock.</summary>
    /// <param name="isComplete">Whether a staging folder holds a whole export (its marker is written last).</param>
    /// <returns>The folders removed.</returns>
    public static IReadOnlyList<string> Recover(string target, Func<string, bool> isComplete)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent))
        {
            return [];
        }

        var leftovers = Directory.EnumerateDirectories(parent).Where(d => IdOf(target, d) is not null).Order(StringComparer.Ordinal).ToList();
        if (!Directory.Exists(target))
        {
            // The fallback swap renames OUT to OUT.old-ID only once OUT.partial-ID is whole, so that is the site to finish with.
            foreach (var old in leftovers.Where(d => d.StartsWith(target + Old, StringComparison.Ordinal)))
            {
                var staging = target + Partial + IdOf(target, old);
                Directory.Move(Directory.Exists(staging) && isComplete(staging) ? staging : old, target);
                break;
            }
        }

        var removed = new List<string>();
        foreach (var folder in leftovers.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
            removed.Add(folder);
        }

        return removed;
    }

    /// <summary>The ID of <c>OUT.partial-ID</c> or <c>OUT.old-ID</c> (32 hex digits, as <see cref="StagingFor"/> makes
    /// them), or null for any other folder, which is never touched.</summary>
    private static string? IdOf(string target, string folder)
    {
        foreach (var infix in new[] { Partial, Old })
        {
            var prefix = target + infix;
            if (folder.Length == prefix.Length + 32 && folder.StartsWith(prefix, StringComparison.Ordinal)
                && folder.AsSpan(prefix.Length).ToString().All(char.IsAsciiHexDigitLower))
            {
                return folder[prefix.Length..];
            }
        }

        return null;
    }

    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28 has no wrapper for the system call.
            return false;
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
