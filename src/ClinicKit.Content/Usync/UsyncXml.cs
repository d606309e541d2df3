using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ClinicKit.Content.Usync;

/// <summary>What surrounds the root element of a file and is not XML: the byte order mark and trailing whitespace.</summary>
/// <remarks>Kept so that a file a person touched (for example one ending in a newline) still reads and writes back byte for byte;
/// <see cref="Canonical"/> is what uSync itself writes.</remarks>
public sealed record FileTrivia(bool ByteOrderMark, string Trailing)
{
    public static FileTrivia Canonical { get; } = new(true, "");

    public bool IsCanonical => this == Canonical;
}

/// <summary>A uSync file parsed to XML, or the reason it could not be.</summary>
/// <param name="OverLimit">The file may be well formed, but is too large or too deeply nested to read.</param>
public sealed record ParsedXml(XElement? Root, FileTrivia Trivia, string? Error, int? ErrorLine, bool OverLimit = false)
{
    public bool Succeeded => Root is not null;
}

/// <summary>Reads and writes uSync's XML files exactly as uSync does: UTF-8 with a BOM, two-space indent, LF, no final newline.</summary>
public static class UsyncXml
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // uSync saves with XElement.Save(stream): XmlWriter defaults plus indentation; on Linux the new line is LF.
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    // What XDocument.Parse uses, except that a DTD is refused: uSync never writes one, and it is how entity expansion
    // turns a small file into a huge document.
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        IgnoreWhitespace = true,
        DtdProcessing = DtdProcessing.Prohibit,
    };

    /// <summary>uSync's files are a few levels deep (at most four in the package and the real exports); a limit well above that
    /// keeps a deliberately nested file from costing minutes to read.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest file read, checked before it is decoded. The biggest uSync file in the package and the real
    /// exports is under 100 KB; 4 MB holds an article of a few hundred blocks.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public const string NotUtf8 = "the file is not UTF-8 text";

    public const string Empty = "the file is empty";

    public static string TooLarge(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the file is {bytes / 1024:N0} KB; uSync files over {MaxBytes / 1024 / 1024} MB are not read");

    public static ParsedXml Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return new ParsedXml(null, new FileTrivia(bytes.StartsWith(Bom), ""), TooLarge(bytes.Length), null, OverLimit: true);
        }

        var hasBom = bytes.StartsWith(Bom);
        if (hasBom)
        {
            bytes = bytes[Bom.Length..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new ParsedXml(null, new FileTrivia(hasBom, ""), NotUtf8, null);
        }

        if (text.Trim().Length == 0)
        {
            return new ParsedXml(null, new FileTrivia(hasBom, ""), Empty, null);
        }

        var body = text.TrimEnd();
        var trivia = new FileTrivia(hasBom, text[body.Length..]);
        try
        {
            using var reader = new DepthLimitedXmlReader(XmlReader.Create(new StringReader(body), ReaderSettings), MaxDepth);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return new ParsedXml(document.Root, trivia, null, null);
        }
        catch (XmlLimitException e)
        {
            return new ParsedXml(null, trivia, e.Message, e.Line, OverLimit: true);
        }
        catch (XmlException e)
        {
            return new ParsedXml(null, trivia, $"the XML is not well formed: {TrimPosition(e.Message)}", e.LineNumber > 0 ? e.LineNumber : null);
        }
    }

    public static byte[] Write(XElement root, FileTrivia trivia)
    {
        using var stream = new MemoryStream();
        if (trivia.ByteOrderMark)
        {
            stream.Write(Bom);
        }

        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            new XDocument(root).Save(writer);
        }

        if (trivia.Trailing.Length > 0)
        {
            stream.Write(Encoding.UTF8.GetBytes(trivia.Trailing));
        }

        return stream.ToArray();
    }

    private static string TrimPosition(string message)
    {
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
