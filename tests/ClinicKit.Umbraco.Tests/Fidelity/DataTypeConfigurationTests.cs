using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Umbraco.Tests.PublishGuard;
using Umbraco.Cms.Core.PropertyEditors;
using Aliases = Umbraco.Cms.Core.Constants.PropertyEditors.Aliases;

namespace ClinicKit.Umbraco.Tests.Fidelity;

/// <summary>Every data type ClinicKit ships is configured the way Umbraco 17's own configuration classes read it, with values that point at real things.</summary>
public sealed class DataTypeConfigurationTests
{
    /// <summary>The configuration class Umbraco.Cms.Core (17.6.2, the package's floor) reads each editor's configuration into.</summary>
    private static readonly Dictionary<string, Type> ConfigurationClasses = new()
    {
        [Aliases.BlockList] = typeof(BlockListConfiguration),
        [Aliases.MultiNodeTreePicker] = typeof(MultiNodePickerConfiguration),
        [Aliases.DropDownListFlexible] = typeof(DropDownFlexibleConfiguration),
        [Aliases.MultiUrlPicker] = typeof(MultiUrlPickerConfiguration),
        [Aliases.TextBox] = typeof(TextboxConfiguration),
        [Aliases.TextArea] = typeof(TextAreaConfiguration),
        [Aliases.MediaPicker3] = typeof(MediaPicker3Configuration),

        // CheckBoxListPropertyEditor (Umbraco.Infrastructure) configures with ValueListConfigurationEditor, which reads into
        // Core's ValueListConfiguration ("items").
        [Aliases.CheckBoxList] = typeof(ValueListConfiguration),
    };

    private static IEnumerable<TestCaseData> ShippedDataTypes() =>
        UmbracoModel.Shipped.DataTypes
            .Where(d => Path.GetFileName(d.Source!.File).StartsWith("ClinicKit", StringComparison.Ordinal))
            .OrderBy(d => d.Source!.File, StringComparer.Ordinal)
            .Select(d => new TestCaseData(d).SetArgDisplayNames(Path.GetFileName(d.Source!.File)));

    [Test]
    public void ClinicKit_ships_its_twenty_data_types_and_each_has_a_known_configuration_shape()
    {
        var shipped = ShippedDataTypes().Select(c => (DataType)c.Arguments[0]!).ToList();

        Assert.That(shipped, Has.Count.EqualTo(20));
        Assert.That(shipped.Select(d => d.EditorAlias),
            Is.All.Matches<string>(a => ConfigurationClasses.ContainsKey(a) || a == Aliases.ColorPickerEyeDropper),
            "a new editor needs its configuration class added to this test");
    }

    /// <summary>All but the eye dropper, which has no configuration class (see <see cref="The_eye_dropper_has_no_server_configuration_and_ships_none"/>).</summary>
    private static IEnumerable<TestCaseData> ConfiguredDataTypes() =>
        ShippedDataTypes().Where(c => ((DataType)c.Arguments[0]!).EditorAlias != Aliases.ColorPickerEyeDropper);

    [TestCaseSource(nameof(ConfiguredDataTypes))]
    public void The_configuration_deserializes_into_Umbracos_class_with_no_unknown_member(DataType dataType)
    {
        var type = ConfigurationClasses[dataType.EditorAlias!];
        var json = dataType.ParseConfig()!;

        Assert.That(() => JsonSerializer.Deserialize(dataType.Config, type, UmbracoConfigurationJson.Strict), Throws.Nothing);
        Assert.That(json.Select(p => p.Key), Is.SubsetOf(UmbracoConfigurationJson.ConfigurationFields(type).Keys),
            $"every stored key is a [ConfigurationField] of {type.Name}");
    }

    [Test]
    public void The_strict_reading_rejects_a_key_Umbraco_does_not_know()
    {
        Assert.That(() => JsonSerializer.Deserialize<TextboxConfiguration>("{\"maxChars\": 60, \"maxLength\": 60}", UmbracoConfigurationJson.Strict),
            Throws.InstanceOf<JsonException>());
        Assert.That(JsonSerializer.Deserialize<MultiNodePickerConfiguration>("{\"startNode\":{\"type\":\"content\"}}", UmbracoConfigurationJson.Strict)!.TreeSource!.ObjectType,
            Is.EqualTo("content"), "[ConfigurationField(\"startNode\")] names the TreeSource property");
    }

    /// <summary>
    /// Umbraco 17 registers the eye dropper editor (<see cref="EyeDropperColorPickerPropertyEditor"/>) with no typed configuration:
    /// its backoffice settings (showAlpha, showPalette) are read by the UI only. ClinicKit ships it unconfigured, so there is
    /// nothing a server class could reject; the test pins both facts so a future Core class is noticed.
    /// </summary>
    [Test]
    public void The_eye_dropper_has_no_server_configuration_and_ships_none()
    {
        var brand = UmbracoModel.Shipped.DataTypes.Single(d => d.Key == DataTypeKeys.BrandColor);
        var core = typeof(BlockListConfiguration).Assembly;

        Assert.That(brand.EditorAlias, Is.EqualTo(Aliases.ColorPickerEyeDropper));
        Assert.That(brand.ParseConfig(), Is.Empty);
        Assert.That(typeof(EyeDropperColorPickerPropertyEditor).GetCustomAttribute<DataEditorAttribute>()!.Alias, Is.EqualTo(Aliases.ColorPickerEyeDropper));
        Assert.That(core.GetTypes().Where(t => t.Name.Contains("dropper", StringComparison.OrdinalIgnoreCase) && t.Name.EndsWith("Configuration", StringComparison.Ordinal)),
            Is.Empty, "Umbraco.Cms.Core now has an eye dropper configuration class: map Umbraco.ColorPicker.EyeDropper to it above");
    }

    /// <summary>The limits are the ones an editor meets in the backoffice: a body needs a block, a safety section a point,
    /// a call to action at most one block; <c>null</c> is Umbraco's "no maximum".</summary>
    [TestCase("14fd8003-d400-48c4-b8c3-fb404536f7bd", new[] { "clinicKitRichTextBlock", "clinicKitClaimBlock", "clinicKitCtaBlock", "clinicKitSafetyBlock" }, 1, null, TestName = "Article body blocks are text, claim, call to action and safety information; at least one")]
    [TestCase("3c0a5e15-51fe-4b7e-8a15-6d2f0c9e1a15", new[] { "clinicKitClaimBlock" }, 1, null, TestName = "Safety points are claim blocks; at least one")]
    [TestCase("5442242c-997d-411c-9022-d26927d9e8a8", new[] { "clinicKitCtaBlock" }, 0, 1, TestName = "Call to action block is the CTA element; at most one")]
    public void Block_lists_offer_ClinicKits_element_types(string dataTypeKey, string[] expected, int? min, int? max)
    {
        var configuration = Read<BlockListConfiguration>(Guid.Parse(dataTypeKey));
        var elements = UmbracoModel.Shipped.ContentTypes.Where(t => t.IsElement).ToDictionary(t => t.Key, t => t.Alias);

        Assert.That(configuration.Blocks.Select(b => elements.GetValueOrDefault(b.ContentElementTypeKey)), Is.EqualTo(expected),
            "each block is an element type (IsElement true) shipped in ContentTypes");
        Assert.That(configuration.Blocks.Select(b => b.SettingsElementTypeKey), Is.All.Null);
        Assert.That((configuration.ValidationLimit.Min, configuration.ValidationLimit.Max), Is.EqualTo((min, max)), "the number of blocks an editor may add");
    }

    /// <summary>A claim may cite any number of sources (Umbraco reads maxNumber 0 as "no maximum"); a clinic article picks one
    /// article; the medical review picks one reviewer.</summary>
    [TestCase("a66657c1-c531-4a38-b1d1-0bcb6c26fb59", "clinicKitCitation", "bd45a521-df45-4d28-9b78-dd6794428e85", "clinicKitCitationLibrary", 0, 0, TestName = "The citation picker picks any number of citations from the citation library")]
    [TestCase("8231c01e-1d1d-4682-84a8-fda0130d6cbb", "clinicKitArticle", "ea3cda1e-704d-4713-841f-c0e1252cf224", "clinicKitArticleLibrary", 0, 1, TestName = "The article picker picks one article from the article library")]
    [TestCase("9e54f248-f16d-471d-947a-dd9e7079f587", "clinicKitReviewer", "adb50a5a-0e07-423b-9d47-ec35eb967e23", "clinicKitPeopleLibrary", 0, 1, TestName = "The reviewer picker picks one reviewer from the people library")]
    public void Pickers_filter_on_a_document_type_and_start_at_a_shipped_library_root(string dataTypeKey, string filterAlias, string startNode, string rootType, int min, int max)
    {
        var configuration = Read<MultiNodePickerConfiguration>(Guid.Parse(dataTypeKey));
        var documentTypes = UmbracoModel.Shipped.ContentTypes.Where(t => !t.IsElement).ToDictionary(t => t.Key);
        var filter = configuration.Filter!.Split(',').Select(Guid.Parse).ToList();
        var root = UmbracoModel.Shipped.ContentByKey(configuration.TreeSource!.StartNodeId!.Value);

        Assert.That(filter.Select(k => documentTypes.GetValueOrDefault(k)?.Alias), Is.EqualTo(new[] { filterAlias }));
        Assert.That(configuration.TreeSource.ObjectType, Is.EqualTo("content"));
        Assert.That(configuration.TreeSource.StartNodeId, Is.EqualTo(Guid.Parse(startNode)));
        Assert.That(new[] { LibraryRoots.ArticleLibrary, LibraryRoots.CitationLibrary, LibraryRoots.PeopleLibrary }, Has.Member(configuration.TreeSource.StartNodeId));
        Assert.That(root, Is.Not.Null, "the start node is shipped content");
        Assert.That(root!.IsRoot && root.ContentType == rootType, Is.True, $"the start node is a {rootType} root");
        Assert.That(documentTypes.Values.Single(t => t.Alias == rootType).Structure.Select(s => s.Alias), Has.Member(filterAlias),
            "the library root allows the picked type as a child");
        Assert.That((configuration.MinNumber, configuration.MaxNumber), Is.EqualTo((min, max)), "how many items an editor may pick");
    }

    /// <summary>Umbraco's media picker offers only the media types its filter names (MediaPicker3Configuration.Filter, keys joined by
    /// commas): ClinicKit Images, which carry alt text, one per picker, and a folder type that holds them.</summary>
    [Test]
    public void The_image_picker_picks_one_ClinicKit_Image_which_has_alt_text_and_a_folder_to_live_in()
    {
        var configuration = Read<MediaPicker3Configuration>(DataTypeKeys.ImagePicker);
        var mediaTypes = UmbracoModel.Shipped.MediaTypes.ToDictionary(t => t.Key);
        var picked = configuration.Filter!.Split(',').Select(k => mediaTypes.GetValueOrDefault(Guid.Parse(k))).ToList();

        Assert.That(picked.Select(t => t?.Alias), Is.EqualTo(new[] { ClinicKitMediaTypes.Image.Alias }));
        Assert.That(configuration.Multiple, Is.False);
        Assert.That(configuration.ValidationLimit.Max, Is.EqualTo(1));
        Assert.That(picked[0]!.Properties.Select(p => (p.Alias, p.Type)), Does.Contain(("altText", Aliases.TextArea)));
        Assert.That(picked[0]!.Properties.Single(p => p.Alias == global::Umbraco.Cms.Core.Constants.Conventions.Media.File).Type, Is.EqualTo(Aliases.ImageCropper),
            "Umbraco fills in width, height, size and extension on upload for an Image Cropper umbracoFile");
        Assert.That(mediaTypes[ClinicKitMediaTypes.ImageFolder.Key].Structure.Select(s => s.Alias), Does.Contain(ClinicKitMediaTypes.Image.Alias));
        var pickers = UmbracoModel.Shipped.ContentTypes.SelectMany(t => t.Properties).Where(p => p.Definition == DataTypeKeys.ImagePicker).Select(p => p.Alias);
        Assert.That(pickers, Is.EquivalentTo(new[] { "logo", "heroImage", "image", "photo" }), "the clinic's logo and hero, the article's image, the reviewer's photo");
    }

    [Test]
    public void Dropdowns_offer_exactly_the_choices_ClinicKit_reads()
    {
        var expected = new Dictionary<Guid, IReadOnlyList<string>>
        {
            [DataTypeKeys.ClaimType] = Choices.ClaimTypes,
            [DataTypeKeys.EvidenceStrength] = Choices.EvidenceStrengths,
            [DataTypeKeys.SourceType] = Choices.SourceTypes,
            [DataTypeKeys.CanonicalStrategy] = Choices.CanonicalStrategies,
            [DataTypeKeys.CtaStyle] = Choices.CtaStyles,
        };

        foreach (var (key, choices) in expected)
        {
            var configuration = Read<DropDownFlexibleConfiguration>(key);
            Assert.That(configuration.Items, Is.EqualTo(choices), key.ToString());
            Assert.That(configuration.Multiple, Is.False, key.ToString());
        }
    }

    [Test]
    public void Text_limits_and_the_link_picker_make_sense()
    {
        Assert.That(Read<TextboxConfiguration>(DataTypeKeys.MetaTitle).MaxChars, Is.EqualTo(60));
        Assert.That(Read<TextAreaConfiguration>(DataTypeKeys.MetaDescription).MaxChars, Is.EqualTo(160));
        var link = Read<MultiUrlPickerConfiguration>(DataTypeKeys.Link);
        Assert.That((link.MinNumber, link.MaxNumber), Is.EqualTo((0, 1)), "a call to action has one link");
    }

    private static T Read<T>(Guid dataTypeKey)
    {
        var dataType = UmbracoModel.Shipped.DataTypes.Single(d => d.Key == dataTypeKey);
        Assert.That(ConfigurationClasses[dataType.EditorAlias!], Is.EqualTo(typeof(T)));
        return JsonSerializer.Deserialize<T>(dataType.Config, UmbracoConfigurationJson.Strict)!;
    }
}
