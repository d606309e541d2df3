using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Tests.Shared;

/// <summary>One change to a test's uSync folder, made the way every ClinicKit command makes one: staged, then committed.</summary>
public static class UsyncWrites
{
    public static string Item(string root, UsyncItem item) => Change(root, w => w.Write(item));

    public static void Bytes(string root, string relative, byte[] bytes) => Change(root, w => w.WriteBytes(relative, bytes));

    public static void Marker(string root) => Change(root, w => w.EnsureMarker());

    private static void Change(string root, Action<UsyncFolderWriter> stage) => Change<object?>(root, w => { stage(w); return null; });

    private static T Change<T>(string root, Func<UsyncFolderWriter, T> stage)
    {
        using var writer = UsyncFolderWriter.Open(root);
        var result = stage(writer);
        writer.Commit();
        return result;
    }
}
