using System.Text;

namespace ClinicKit.Content.Tests.Usync;

/// <summary>Well-formed XML that is too big to read: built in the test at full size, never stored.</summary>
public static class HostileXml
{
    /// <summary><paramref name="depth"/> nested elements, one per line (the probe: 100,000 levels in about 720 KB).</summary>
    public static string Nested(int depth)
    {
        var xml = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            xml.Append("<n>\n");
        }

        for (var i = 0; i < depth; i++)
        {
            xml.Append("</n>");
        }

        return xml.ToString();
    }

    /// <summary>A content file of about <paramref name="bytes"/> bytes: one element holding that much text.</summary>
    public static string Padded(int bytes) => "<Content Key=\"99999999-9999-4999-8999-999999999999\" Alias=\"big\" Level=\"1\">" + new string('x', bytes) + "</Content>";
}
