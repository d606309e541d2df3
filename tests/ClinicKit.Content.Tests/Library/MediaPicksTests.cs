using ClinicKit.Content.Library;

namespace ClinicKit.Content.Tests.Library;

/// <summary>What a Media Picker value picks, as Umbraco stores it (MediaPicker3's MediaWithCropsDto list) and as editors break it.</summary>
public sealed class MediaPicksTests
{
    [TestCase("[{\"key\":\"52c8c501-ef5b-599d-913e-a1b88fe35160\",\"mediaKey\":\"4f43a472-70b9-5bee-b9b5-4c3b1132d040\",\"mediaTypeAlias\":\"Image\",\"crops\":[],\"focalPoint\":null}]", "4f43a472-70b9-5bee-b9b5-4c3b1132d040", TestName = "one picked image")]
    [TestCase("[]", "", TestName = "nothing picked")]
    [TestCase("", "", TestName = "an empty value")]
    [TestCase("[{\"mediaKey\":", "", TestName = "malformed JSON picks nothing")]
    [TestCase("umb://media/4f43a47270b95beeb9b54c3b1132d040", "", TestName = "a legacy UDI is not a MediaPicker3 value")]
    public void A_picker_value_picks_its_media_keys(string stored, string expected)
    {
        Assert.That(string.Join(",", MediaPicks.Parse(stored)), Is.EqualTo(expected));
    }

    [TestCase("{\n  \"src\": \"/media/ck1rglgo/riverglass-logo.png\"\n}", "/media/ck1rglgo/riverglass-logo.png", TestName = "the file an Image stores")]
    [TestCase("{\"src\": 3}", null, TestName = "a src that is not text")]
    [TestCase("not json", null, TestName = "umbracoFile that is not JSON")]
    public void An_image_stores_its_file_as_src(string umbracoFile, string? expected)
    {
        Assert.That(MediaPicks.FileOf(umbracoFile), Is.EqualTo(expected));
    }
}
