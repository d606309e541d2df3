using System.IO.Compression;
using System.Net;
using ClinicKit.Content.Library;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>What browsers and CDNs see of the head's caching: validators and 304s, compressed forms chosen by
/// <c>Accept-Encoding</c>, Cache-Control, surrogate keys, Last-Modified, and HEAD answered like GET.</summary>
public sealed class HttpCachingTests
{
    private static readonly ClinicSite Clinic = ShippedContent.Clinics[0];
    private static readonly (ClinicArticle Page, Article Article) Shown = ShippedContent.ServedArticles(Clinic).First();
    private static readonly string Host = ShippedContent.Host(Clinic);
    private static readonly string ArticlePath = "/articles/" + Shown.Page.Slug;

    [TestCase("/", TestName = "Conditional GET: the home page's ETag gets 304")]
    [TestCase("/articles/{slug}", TestName = "Conditional GET: an article's ETag gets 304")]
    [TestCase("/sitemap.xml", TestName = "Conditional GET: the sitemap's ETag gets 304")]
    [TestCase("/assets/css/site.css", TestName = "Conditional GET: the stylesheet's ETag gets 304")]
    public async Task A_request_with_the_etag_it_was_given_gets_304_without_a_body(string path)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        path = path.Replace("{slug}", Shown.Page.Slug, StringComparison.Ordinal);
        using var first = await SendAsync(head, path);
        var etag = first.Headers.ETag!.Tag;

        using var again = await SendAsync(head, path, ("If-None-Match", etag));

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(again.Headers.ETag?.Tag, Is.EqualTo(etag));
        Assert.That(again.Headers.CacheControl, Is.Not.Null);
    }

    [TestCase("{etag}", 304, TestName = "If-None-Match: the same ETag is 304")]
    [TestCase("W/{etag}", 304, TestName = "If-None-Match: the same ETag marked weak is 304 (weak comparison)")]
    [TestCase("\"other\", {etag}", 304, TestName = "If-None-Match: a list holding the ETag is 304")]
    [TestCase("*", 304, TestName = "If-None-Match: * is 304")]
    [TestCase("\"other\"", 200, TestName = "If-None-Match: another ETag is 200")]
    [TestCase("{etag-br}", 200, TestName = "If-None-Match: the Brotli form's ETag does not validate the uncompressed form")]
    public async Task If_None_Match_is_compared_with_the_ETag_of_the_form_sent(string ifNoneMatch, int status)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        using var plain = await SendAsync(head, ArticlePath);
        using var brotli = await SendAsync(head, ArticlePath, ("Accept-Encoding", "br"));

        var value = ifNoneMatch.Replace("{etag-br}", brotli.Headers.ETag!.Tag, StringComparison.Ordinal).Replace("{etag}", plain.Headers.ETag!.Tag, StringComparison.Ordinal);
        using var response = await SendAsync(head, ArticlePath, ("If-None-Match", value));

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
    }

    [TestCase(0, 304, TestName = "If-Modified-Since: the page's own Last-Modified is 304")]
    [TestCase(86400, 304, TestName = "If-Modified-Since: a later date is 304")]
    [TestCase(-1, 200, TestName = "If-Modified-Since: a date a second earlier is 200")]
    public async Task If_Modified_Since_is_compared_with_the_newest_date_of_the_content_shown(int offsetSeconds, int status)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        using var first = await SendAsync(head, ArticlePath);
        var modified = first.Content.Headers.LastModified!.Value;

        using var response = await SendAsync(head, ArticlePath, ("If-Modified-Since", modified.AddSeconds(offsetSeconds).ToString("R")));

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task If_None_Match_wins_over_If_Modified_Since()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        using var first = await SendAsync(head, ArticlePath);

        using var response = await SendAsync(head, ArticlePath,
            ("If-None-Match", "\"changed\""), ("If-Modified-Since", first.Content.Headers.LastModified!.Value.ToString("R")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an ETag that no longer matches means the page changed");
    }

    [Test]
    public async Task Last_Modified_is_the_newest_date_of_the_article_shown()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var article = Shown.Article;
        var dates = new[]
        {
            article.UpdateDate is { } u ? new DateTimeOffset(DateTime.SpecifyKind(u, u.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : u.Kind)) : (DateTimeOffset?)null,
            article.Review.LastReviewed is { } r ? new DateTimeOffset(r.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        }.OfType<DateTimeOffset>().ToList();
        Assume.That(dates, Is.Not.Empty, "the shipped article has a date");
        var newest = dates.Max();
        var expected = newest > DateTimeOffset.UtcNow ? DateTimeOffset.UtcNow : newest;

        using var response = await SendAsync(head, ArticlePath);

        Assert.That(response.Content.Headers.LastModified!.Value.UtcDateTime, Is.EqualTo(expected.UtcDateTime).Within(TimeSpan.FromSeconds(2)));
    }

    [TestCase("br, gzip", "br", TestName = "Accept-Encoding br, gzip gets Brotli")]
    [TestCase("gzip, deflate, br, zstd", "br", TestName = "Accept-Encoding as Chromium sends it gets Brotli")]
    [TestCase("gzip", "gzip", TestName = "Accept-Encoding gzip gets gzip")]
    [TestCase("gzip;q=1.0, br;q=0.5", "gzip", TestName = "Accept-Encoding preferring gzip by q-value gets gzip")]
    [TestCase("br;q=0, gzip", "gzip", TestName = "Accept-Encoding refusing Brotli with q=0 gets gzip")]
    [TestCase("*", "br", TestName = "Accept-Encoding * gets Brotli")]
    [TestCase("identity", null, TestName = "Accept-Encoding identity gets the page as it is")]
    [TestCase("deflate", null, TestName = "Accept-Encoding naming only a coding the head does not store gets the page as it is")]
    [TestCase("br;q=0, gzip;q=0", null, TestName = "Accept-Encoding refusing both gets the page as it is")]
    [TestCase(null, null, TestName = "No Accept-Encoding gets the page as it is")]
    public async Task The_client_gets_the_coding_it_accepts_best_and_it_decodes_to_the_same_page(string? acceptEncoding, string? coding)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        using var plain = await SendAsync(head, ArticlePath);
        var page = await plain.Content.ReadAsByteArrayAsync();

        using var response = acceptEncoding is null ? await SendAsync(head, ArticlePath) : await SendAsync(head, ArticlePath, ("Accept-Encoding", acceptEncoding));
        var sent = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.Content.Headers.ContentEncoding, coding is null ? Is.Empty : Is.EqualTo(new[] { coding }));
        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(sent.Length), "Content-Length, not chunked");
        Assert.That(response.Headers.Vary, Is.EqualTo(new[] { "Accept-Encoding" }));
        Assert.That(Decode(sent, coding), Is.EqualTo(page));
        if (coding is not null)
        {
            Assert.That(sent.Length, Is.LessThan(page.Length / 2), "an HTML page compresses to well under half");
            Assert.That(response.Headers.ETag!.Tag, Is.Not.EqualTo(plain.Headers.ETag!.Tag), "each form has its own strong ETag");
        }
    }

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task The_stylesheet_is_served_compressed_and_decodes_to_the_file(string coding)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var file = await File.ReadAllBytesAsync(Path.Combine(Paths.RepositoryRoot, "src", "ClinicKit.Web", "wwwroot", "css", "site.css"));

        using var response = await SendAsync(head, "/assets/css/site.css", ("Accept-Encoding", coding));
        var sent = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { coding }));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(sent.Length));
        Assert.That(response.Headers.Vary, Is.EqualTo(new[] { "Accept-Encoding" }));
        Assert.That(response.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo("public, max-age=86400"));
        Assert.That(Decode(sent, coding), Is.EqualTo(file));
    }

    [TestCase(null, null, "public, max-age=60, stale-while-revalidate=600", TestName = "Cache-Control by default")]
    [TestCase("public, max-age=30", null, "public, max-age=30", TestName = "Cache-Control as configured")]
    [TestCase("public, max-age=60, stale-while-revalidate=600", "3600", "public, max-age=60, stale-while-revalidate=600, s-maxage=3600", TestName = "Cache-Control with a CDN's s-maxage")]
    public async Task Pages_carry_the_Cache_Control_an_agency_configures(string? cacheControl, string? sharedMaxAge, string expected)
    {
        var settings = new Dictionary<string, string?>();
        if (cacheControl is not null)
        {
            settings["ClinicKit:HttpCaching:CacheControl"] = cacheControl;
        }

        if (sharedMaxAge is not null)
        {
            settings["ClinicKit:HttpCaching:SharedMaxAgeSeconds"] = sharedMaxAge;
        }

        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Configuration.AddInMemoryCollection(settings));
        foreach (var path in new[] { "/", ArticlePath, "/robots.txt" })
        {
            using var response = await SendAsync(head, path);
            Assert.That(response.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo(expected), path);
        }
    }

    [Test]
    public async Task An_article_page_names_the_clinic_the_article_and_every_citation_it_shows_as_surrogate_keys()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var cited = Shown.Article.Claims.SelectMany(c => c.Citations).Select(c => c.Key).OfType<Guid>().Distinct().ToList();
        Assume.That(cited, Is.Not.Empty);

        using var response = await SendAsync(head, ArticlePath);
        var keys = response.Headers.GetValues("Surrogate-Key").Single().Split(' ');
        var tags = response.Headers.GetValues("Cache-Tag").Single().Split(',');

        Assert.That(keys, Does.Contain("clinickit").And.Contain(Clinic.Key.ToString("N")).And.Contain(Shown.Page.Key.ToString("N")).And.Contain(Shown.Article.Key.ToString("N")));
        Assert.That(keys, Is.SupersetOf(cited.Select(k => k.ToString("N"))));
        Assert.That(tags, Is.EquivalentTo(keys), "Cache-Tag names the same keys, comma-separated");
    }

    [TestCase("/", TestName = "HEAD of the home page")]
    [TestCase("/articles/{slug}", TestName = "HEAD of an article")]
    [TestCase("/assets/css/site.css", TestName = "HEAD of the stylesheet")]
    public async Task HEAD_gets_the_headers_GET_gets_and_no_body(string path)
    {
        path = path.Replace("{slug}", Shown.Page.Slug, StringComparison.Ordinal);
        foreach (var headFirst in new[] { true, false })
        {
            await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
            HttpResponseMessage headResponse, getResponse;
            if (headFirst)
            {
                headResponse = await SendAsync(head, path, HttpMethod.Head, ("Accept-Encoding", "br"));
                getResponse = await SendAsync(head, path, HttpMethod.Get, ("Accept-Encoding", "br"));
            }
            else
            {
                getResponse = await SendAsync(head, path, HttpMethod.Get, ("Accept-Encoding", "br"));
                headResponse = await SendAsync(head, path, HttpMethod.Head, ("Accept-Encoding", "br"));
            }

            using (headResponse)
            using (getResponse)
            {
                var body = await getResponse.Content.ReadAsByteArrayAsync();
                Assert.That(await headResponse.Content.ReadAsByteArrayAsync(), Is.Empty, "HEAD has no body");
                Assert.That(headResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                foreach (var name in new[] { "ETag", "Cache-Control", "Vary", "Surrogate-Key", "Cache-Tag" })
                {
                    Assert.That(Header(headResponse, name), Is.EqualTo(Header(getResponse, name)), $"{name} (HEAD first: {headFirst})");
                }

                foreach (var name in new[] { "Content-Type", "Content-Encoding", "Last-Modified" })
                {
                    Assert.That(Header(headResponse, name), Is.EqualTo(Header(getResponse, name)), $"{name} (HEAD first: {headFirst})");
                }

                Assert.That(headResponse.Content.Headers.ContentLength, Is.EqualTo(body.Length), $"HEAD's Content-Length is GET's body (HEAD first: {headFirst})");
            }
        }
    }

    [Test]
    public async Task A_content_change_makes_a_new_ETag_and_new_compressed_forms()
    {
        var source = new InMemoryContentSource(ShippedContent.Library);
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Services.AddSingleton<IContentSource>(source));
        using var before = await SendAsync(head, ArticlePath, ("Accept-Encoding", "br"));
        var beforeBody = Decode(await before.Content.ReadAsByteArrayAsync(), "br");

        var shipped = ShippedContent.Library;
        var edited = Shown.Article with { Title = "A title edited in Umbraco" };
        source.Library = new ContentLibrary([.. shipped.Articles.Select(a => a.Key == edited.Key ? edited : a)], shipped.Citations, shipped.Clinics, shipped.Dictionary);
        source.Raise(ContentChange.Of(edited.Key));

        using var after = await EventuallyAsync(async () =>
        {
            var response = await SendAsync(head, ArticlePath, ("Accept-Encoding", "br"));
            return response.Headers.ETag!.Tag != before.Headers.ETag!.Tag ? response : null;
        });
        var afterBody = Decode(await after.Content.ReadAsByteArrayAsync(), "br");
        using var revalidated = await SendAsync(head, ArticlePath, ("Accept-Encoding", "br"), ("If-None-Match", before.Headers.ETag!.Tag));

        Assert.That(System.Text.Encoding.UTF8.GetString(afterBody), Does.Contain("A title edited in Umbraco"));
        Assert.That(System.Text.Encoding.UTF8.GetString(beforeBody), Does.Not.Contain("A title edited in Umbraco"));
        Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old ETag no longer validates");
        using var gzip = await SendAsync(head, ArticlePath, ("Accept-Encoding", "gzip"));
        Assert.That(System.Text.Encoding.UTF8.GetString(Decode(await gzip.Content.ReadAsByteArrayAsync(), "gzip")), Does.Contain("A title edited in Umbraco"));
    }

    [TestCase("riverglass-ketamine.test", "/no-such-page", TestName = "A clinic's 404: kept briefly by a CDN only, no validators, tagged with its clinic")]
    [TestCase("unknown.test", "/", TestName = "An unknown host's 404: kept briefly by a CDN only, no validators")]
    public async Task A_404_is_cached_briefly_and_never_pinned_by_a_validator(string host, string path)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);

        using var response = await head.GetAsync(host, path);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo("public, max-age=0, s-maxage=60"), "browsers ask again; a CDN keeps it a minute");
        Assert.That(response.Headers.ETag, Is.Null);
        Assert.That(response.Content.Headers.LastModified, Is.Null);
        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(body.Length));
        var keys = response.Headers.GetValues("Surrogate-Key").Single().Split(' ');
        Assert.That(keys, Does.Contain("clinickit"));
        if (ShippedContent.Library.ClinicForHost(host) is { } clinic)
        {
            Assert.That(keys, Does.Contain(clinic.Key.ToString("N")), "publishing a page at this path purges the clinic's 404");
        }
    }

    private static Task<HttpResponseMessage> SendAsync(InProcessHead head, string path, params (string Name, string Value)[] headers) =>
        SendAsync(head, path, HttpMethod.Get, headers);

    private static Task<HttpResponseMessage> SendAsync(InProcessHead head, string path, HttpMethod method, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, $"http://{Host}{path}");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return head.Client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static byte[] Decode(byte[] body, string? coding)
    {
        if (coding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The page cache drops pages off the request that raised the change: retried for up to 5 s.</summary>
    private static async Task<HttpResponseMessage> EventuallyAsync(Func<Task<HttpResponseMessage?>> attempt)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await attempt() is { } response)
            {
                return response;
            }

            await Task.Delay(50);
        }

        Assert.Fail("the page did not change within 5 s");
        return null!;
    }
}
