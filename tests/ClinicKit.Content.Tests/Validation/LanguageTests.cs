using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Serializers;
using ClinicKit.Content.Validation;

namespace ClinicKit.Content.Tests.Validation;

/// <summary>Importing ClinicKit never changes a site's languages: the package ships no language file and uses the language Umbraco installs.</summary>
public sealed class LanguageTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>
    /// uSync matches a language by ISO code and sets IsDefault from the file in both passes
    /// (uSync.Core/Serialization/Serializers/LanguageSerializer.cs, DeserializeCoreAsync and DeserializeSecondPass), so any
    /// shipped file would impose its IsDefault on the site's language of that code.
    /// </summary>
    [Test]
    public void The_package_ships_no_language_file()
    {
        Assert.That(UsyncFolderReader.Read(Paths.ShippedUsync).Languages, Is.Empty);
        Assert.That(Directory.Exists(Path.Combine(Paths.ShippedUsync, "Languages")), Is.False);
    }

    [Test]
    public void Every_translation_and_domain_of_the_package_is_in_the_language_Umbraco_installs()
    {
        var folder = UsyncFolderReader.Read(Paths.ShippedUsync);

        Assert.That(folder.Dictionary.SelectMany(d => d.Translations).Select(t => t.Language).Concat(folder.Domains.Select(d => d.Language!)).Distinct(),
            Is.EqualTo(new[] { BuiltIns.InstalledLanguage }));
    }

    [Test]
    public void In_a_site_export_that_lists_its_languages_a_domain_needs_one_of_them()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var englishGb = new Language { Key = UsyncKeys.ForLanguage("en-GB"), Alias = "en-GB", Level = 0, Name = "English (United Kingdom)", IsoCode = "en-GB", IsDefault = true };
        copy.WriteBytes("Languages/en-gb.config", UsyncSerializers.ToCanonicalBytes(englishGb));

        var missing = UsyncValidator.Validate(UsyncFolderReader.Read(copy.Root), Today).Where(d => d.Code == "CK0213").ToList();

        Assert.That(missing.Select(d => d.File), Is.EquivalentTo(UsyncFolderReader.Read(Paths.ShippedUsync).Domains.Select(d => d.Source!.File)));
        Assert.That(missing[0].Message, Does.Contain("'en-US' is not in Languages/"));
    }
}
