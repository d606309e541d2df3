using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>Images picked with ClinicKit - Image Picker (a Media Picker) reach the library model the same from both sources: the
/// Delivery API's media picker output (an array of <c>ApiMediaWithCrops</c>, rendered by the fake as
/// <c>MediaPickerWithCropsValueConverter</c> does) gives each clinic's logo and hero and each article's image with the
/// file and alt text the uSync reader takes from the Media/ items.</summary>
public sealed class MediaPickerTests
{
    [Test]
    public async Task Logos_heroes_and_article_images_match_the_usync_reader()
    {
        var expected = UsyncLibraryReader.Read(UsyncFolderReader.Read(Paths.ShippedUsync));
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        var source = head.App.Services.GetRequiredService<IContentSource>();

        var clinics = (await source.GetClinicsAsync(new SourceOutage(), CancellationToken.None)).Value;
        var articles = (await source.GetArticlesAsync(expected.Articles.Select(a => a.Key).ToList(), new SourceOutage(), CancellationToken.None)).Value;

        Assert.That(expected.Clinics.Select(c => c.Hero), Has.All.Not.Null, "the shipped clinics pick a hero image");
        Assert.That(expected.Articles.Where(a => a.IsPublished).Select(a => a.Image), Has.All.Not.Null, "the shipped articles pick an image");
        Assert.That(clinics.OrderBy(c => c.Key).Select(c => (c.ClinicName, c.Logo, c.Hero)),
            Is.EqualTo(expected.Clinics.OrderBy(c => c.Key).Select(c => (c.ClinicName, c.Logo, c.Hero))));
        Assert.That(articles.OrderBy(a => a.Key).Select(a => (a.Name, a.Image)),
            Is.EqualTo(expected.Articles.Where(a => a.IsPublished).OrderBy(a => a.Key).Select(a => (a.Name, a.Image))));
    }
}
