using System.Security.Cryptography;
using System.Text;

namespace ClinicKit.Content.Usync.Journal;

/// <summary>One ClinicKit writer per folder at a time, across processes: recovery removes staged files, so it must never
/// run while another command is still staging its own.</summary>
/// <remarks>The lock is an exclusive open of a file in the temp folder (an advisory <c>flock</c> on Linux), keyed by the
/// folder's full path: the operating system drops it when the holder dies, even by kill -9, so a killed command never
/// leaves the folder locked; and nothing is added to the folder itself.</remarks>
public sealed class FolderLock : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FileStream _handle;

    private FolderLock(FileStream handle) => _handle = handle;

    public static FolderLock Acquire(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16];
        var directory = Path.Combine(Path.GetTempPath(), "clinickit-locks");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".lock");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                Thread.Sleep(50);
            }
            catch (IOException)
            {
                throw new IOException($"another clinickit command is writing to '{folder}'; run this one again when it has finished");
            }
        }
    }

    public void Dispose() => _handle.Dispose();
}
