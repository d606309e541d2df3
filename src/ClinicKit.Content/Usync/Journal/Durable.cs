using System.Runtime.InteropServices;

namespace ClinicKit.Content.Usync.Journal;

/// <summary>Writes that survive a crash in the order they were made: file contents and directory entries are flushed to
/// the disk before the next step depends on them.</summary>
public static class Durable
{
    public static void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Flushes a directory's entries, so a rename or delete in it is on disk (POSIX only; Windows has no
    /// equivalent and journals its metadata itself).</summary>
    public static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = open(directory, ORdOnly | ODirectory);
        if (fd < 0)
        {
            return;
        }

        fsync(fd);
        close(fd);
    }

    private const int ORdOnly = 0;
    private const int ODirectory = 0x10000;

    // Strings marshal as UTF-8 on Unix, which is what the kernel takes for paths.
    [DllImport("libc", SetLastError = true)]
    private static extern int open(string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
