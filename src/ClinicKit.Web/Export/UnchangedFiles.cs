using System.Runtime.InteropServices;

namespace ClinicKit.Web.Export;

/// <summary>Puts a file of the previous export, unchanged, into the new one: a hard link where the file system allows one
/// (no bytes copied; the previous export's file is never written again, so both exports stay whole), a copy otherwise.</summary>
public static class UnchangedFiles
{
    public static void Carry(string previous, string next)
    {
        if (!OperatingSystem.IsWindows() && Link(previous, next) == 0)
        {
            return;
        }

        File.Copy(previous, next);
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string oldpath, string newpath);
}
