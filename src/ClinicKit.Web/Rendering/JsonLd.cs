using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ClinicKit.Content.Library;

namespace ClinicKit.Web.Rendering;

/// <summary>Schema.org data for search engines, written into a <c>&lt;script type="application/ld+json"&gt;</c> data block.</summary>
/// <remarks>The encoder escapes &lt;, &gt;, &amp;, quotes and '+' as \uXXXX, so no content value can close the script element
/// or open a comment inside it; the output is inserted unencoded only because of that.</remarks>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Serialize(JsonObject data) => data.ToJsonString(Options);

    public static JsonObject MedicalWebPage(
        ClinicSite clinic, string title, string description, string? url, ReviewView review, IReadOnlyList<ReferenceView> references)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = title,
            ["headline"] = title,
            ["description"] = description,
            ["inLanguage"] = "en-US",
        };
        if (url is not null)
        {
            data["url"] = url;
        }

        if (review.LastReviewed is { } reviewed)
        {
            data["lastReviewed"] = Date(reviewed);
        }

        if (review.Reviewer is { } reviewer)
        {
            data["reviewedBy"] = Team.ReviewerProfiles.Person(reviewer, review.PersonUrl);
        }

        data["citation"] = new JsonArray(references.Select(r => (JsonNode)Citation(r)).ToArray());
        data["publisher"] = Clinic(clinic, null);
        return data;
    }

    /// <summary>A clinic's home page: the clinic itself, as a MedicalClinic.</summary>
    public static JsonObject ClinicPage(ClinicSite clinic, string? url, string description)
    {
        var data = Clinic(clinic, url);
        data.Insert(0, "@context", "https://schema.org");
        if (description.Length > 0)
        {
            data["description"] = description;
        }

        return data;
    }

    public static JsonObject Clinic(ClinicSite clinic, string? url)
    {
        var data = new JsonObject
        {
            ["@type"] = "MedicalClinic",
            ["name"] = clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name,
        };
        Add(data, "telephone", clinic.Phone);
        Add(data, "email", clinic.Email);
        Add(data, "url", url);
        if (clinic.Address.Length > 0 || clinic.City.Length > 0)
        {
            var address = new JsonObject { ["@type"] = "PostalAddress" };
            Add(address, "streetAddress", clinic.Address);
            Add(address, "addressLocality", clinic.City);
            data["address"] = address;
        }

        return data;
    }

    private static JsonObject Citation(ReferenceView reference)
    {
        var c = reference.Citation;
        var scholarly = c.Doi.Length > 0 || c.Pmid.Length > 0 || !c.SourceType.Contains("Regulatory", StringComparison.OrdinalIgnoreCase);
        var data = new JsonObject { ["@type"] = scholarly ? "ScholarlyArticle" : "CreativeWork", ["name"] = c.Title };
        Add(data, "author", c.Authors);
        if (c.Year is { } year)
        {
            data["datePublished"] = year.ToString(CultureInfo.InvariantCulture);
        }

        if (c.Publication.Length > 0)
        {
            data[scholarly ? "isPartOf" : "publisher"] = scholarly
                ? new JsonObject { ["@type"] = "Periodical", ["name"] = c.Publication }
                : new JsonObject { ["@type"] = "Organization", ["name"] = c.Publication };
        }

        var identifiers = new JsonArray();
        if (c.Doi.Length > 0)
        {
            identifiers.Add(new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = c.Doi });
        }

        if (c.Pmid.Length > 0)
        {
            identifiers.Add(new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "PMID", ["value"] = c.Pmid });
        }

        if (identifiers.Count > 0)
        {
            data["identifier"] = identifiers;
        }

        Add(data, "url", reference.DoiUrl ?? reference.PubMedUrl ?? reference.Url);
        return data;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Add(JsonObject data, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            data[name] = value;
        }
    }
}
