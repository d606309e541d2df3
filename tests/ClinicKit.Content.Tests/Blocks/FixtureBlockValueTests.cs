using ClinicKit.Content.Blocks;
using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Tests.Blocks;

/// <summary>Block values in real uSync exports parse into their parts and are written back exactly as uSync wrote them.</summary>
public sealed class FixtureBlockValueTests
{
    [Test]
    public void Every_block_value_in_the_real_exports_parses_and_writes_back_as_uSync_wrote_it()
    {
        var blockValues = Paths.FixtureNames
            .SelectMany(f => UsyncFolderReader.Read(Paths.Fixture(f)).Content)
            .SelectMany(n => n.Properties.SelectMany(p => p.Values.Select(v => (Node: n, p.Alias, v.Text))))
            .Where(x => x.Text.StartsWith("{\n  \"contentData\"", StringComparison.Ordinal))
            .ToList();

        var failures = new List<string>();
        foreach (var (node, alias, text) in blockValues)
        {
            if (!BlockValueJson.TryParse(text, out var value, out var error))
            {
                failures.Add($"{node.Source}: {alias}: {error}");
            }
            else if (BlockValueJson.Write(value) != text)
            {
                failures.Add($"{node.Source}: {alias}: written differently");
            }
        }

        TestContext.Out.WriteLine($"{blockValues.Count - failures.Count} of {blockValues.Count} block values round-trip");
        Assert.Multiple(() =>
        {
            Assert.That(blockValues, Has.Count.GreaterThan(10), "the fixtures hold block values");
            Assert.That(failures, Is.Empty);
        });
    }

    [Test]
    public void Every_rich_text_value_in_the_real_exports_writes_back_as_uSync_wrote_it()
    {
        var richText = Paths.FixtureNames
            .SelectMany(f => UsyncFolderReader.Read(Paths.Fixture(f)).Content)
            .SelectMany(n => n.Properties.SelectMany(p => p.Values.Select(v => v.Text)))
            .Where(text => text.StartsWith("{\n  \"blocks\"", StringComparison.Ordinal))
            .ToList();

        Assert.That(richText, Is.Not.Empty);
        Assert.That(richText.Select(t => RichTextValue.Parse(t).ToJson()), Is.EqualTo(richText));
    }

    [Test]
    public void A_block_list_value_exposes_its_parts_in_layout_order()
    {
        var node = UsyncFolderReader.Read(Paths.Fixture("clean-starter-kit")).Content.Single(c => c.Name == "Home");
        Assert.That(BlockValueJson.TryParse(node.Value("contentRows"), out var value, out _), Is.True);

        var first = value.ContentInLayoutOrder().First();
        Assert.Multiple(() =>
        {
            Assert.That(first.ContentTypeKey, Is.EqualTo(new Guid("60085a63-b77b-4509-9df4-bcb75db2755f")));
            Assert.That(first.Text("articleList"), Is.EqualTo("umb://document/31523089f64848839087ef9a0b83129f"));
            Assert.That(value.IsExposed(first.Key), Is.True);
            Assert.That(value.AllLayoutItems().First().SettingsKey, Is.EqualTo(new Guid("e378d8aa-9646-4bc4-ba92-3cc44fa3af5c")));
            Assert.That(value.Layout.Single().EditorAlias, Is.EqualTo(BlockValue.BlockListEditor));
        });
    }

    [TestCase("{\"contentData\": [ {\"key\": 1} ]}", "malformed")]
    [TestCase("{\"contentData\": [", "not valid JSON")]
    [TestCase("[1,2]", "not a JSON object")]
    [TestCase("{\"contentData\":[],\"Layout\":{\"Umbraco.BlockList\":[{\"contentKey\":\"cd3bc7a0-6553-50d9-913e-edb2c51ca451\",\"settingsKey\":5}]}}", "'settingsKey' is not text")]
    public void A_broken_block_value_gives_a_reason_not_an_exception(string json, string reason)
    {
        Assert.That(BlockValueJson.TryParse(json, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(reason));
    }
}
