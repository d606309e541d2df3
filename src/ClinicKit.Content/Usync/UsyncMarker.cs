using System.Xml.Linq;

namespace ClinicKit.Content.Usync;

/// <summary>The <c>usync.config</c> file uSync writes at the top of its folder.</summary>
public static class UsyncMarker
{
    /// <summary><c>uSyncConstants.FormatVersion</c> in uSync 17.</summary>
    public const string FormatVersion = "10.7.0";

    /// <summary>The uSync release ClinicKit's files are written for (the version in the real v17 exports).</summary>
    public const string UsyncVersion = "17.0.2.0";

    public static byte[] Bytes() => UsyncXml.Write(
        new XElement("uSync", new XAttribute("version", UsyncVersion), new XAttribute("format", FormatVersion)),
        FileTrivia.Canonical);
}
