using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Tests.Usync;

/// <summary>A file too deep or too large to be a uSync export is refused while it is read, named with the line where the
/// limit was crossed, instead of costing minutes.</summary>
public sealed class ReadLimitTests
{
    [TestCase(100_000, "CK0009", 65)]
    [TestCase(1_000, "CK0009", 65)]
    [TestCase(65, "CK0009", 65)]
    [TestCase(64, "CK0005", null)]
    [TestCase(4, "CK0005", null)]
    public void A_file_nested_past_64_levels_is_refused_at_the_line_of_the_65th(int depth, string code, int? line)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(HostileXml.Nested(depth));
        var (item, problem) = Completes.Run(() => UsyncFolderReader.ReadBytes(bytes, "Content/deep.config", UsyncItemKind.Content));

        Assert.That(item, Is.Null);
        Assert.That((problem!.Code, problem.File), Is.EqualTo((code, "Content/deep.config")));
        if (line is not null)
        {
            Assert.That((problem.Line, problem.Message), Is.EqualTo((line, "the XML is nested more than 64 levels deep; uSync files are a few levels deep")));
        }
    }

    [TestCase(5 * 1024 * 1024, "CK0009", "the file is 5,120 KB; uSync files over 4 MB are not read")]
    [TestCase(64 * 1024 * 1024, "CK0009", "the file is 65,536 KB; uSync files over 4 MB are not read")]
    [TestCase(3 * 1024 * 1024, "CK0005", null)]
    public void A_file_over_4_MB_is_refused_without_being_parsed(int bytes, string code, string? message)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        copy.Write("Content/big.config", HostileXml.Padded(bytes));

        var problem = Completes.Run(() => UsyncFolderReader.Read(copy.Root)).ReadDiagnostics.Single(d => d.File == "Content/big.config");

        Assert.That((problem!.Code, problem.File), Is.EqualTo((code, "Content/big.config")));
        if (message is not null)
        {
            Assert.That(problem.Message, Is.EqualTo(message));
        }
    }

    [Test]
    public void A_file_with_a_document_type_declaration_is_refused()
    {
        var xml = "<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Content>&b;</Content>";
        var (_, problem) = UsyncFolderReader.ReadBytes(System.Text.Encoding.UTF8.GetBytes(xml), "Content/dtd.config", UsyncItemKind.Content);
        Assert.That(problem!.Code, Is.EqualTo("CK0004"));
    }
}
