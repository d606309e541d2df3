using System.CommandLine;
using System.Text.Json;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Authoring;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Validation;
using Spectre.Console;

namespace ClinicKit.Cli.NewSite;

/// <summary><c>clinickit new-site</c>: a new clinic in one command, written in uSync's format, validated before it is written,
/// and written all at once (a kill leaves the folder with the whole clinic or none of it).</summary>
public static class NewSiteCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var folder = CliOptions.Folder();
        var name = new Option<string?>("--name") { Description = "The clinic's name, for example \"Harbor Light Clinic\"" };
        var domain = new Option<string?>("--domain") { Description = "The host name patients use, for example harborlight.test" };
        var city = new Option<string?>("--city") { Description = "The city the clinic serves" };
        var phone = new Option<string?>("--phone") { Description = "The phone number patients call" };
        var email = new Option<string?>("--email") { Description = "The email address patients write to" };
        var bookingUrl = new Option<string?>("--booking-url") { Description = "Where 'Book a consultation' goes (https://...)" };
        var brandColor = new Option<string?>("--brand-color") { Description = "A dark colour for the header and buttons, like #1F4E79" };
        var articles = new Option<string?>("--articles") { Description = "'all', or library article slugs separated by commas" };
        var ctaText = new Option<string?>("--cta-text") { Description = "The clinic's default call to action; may use {{clinic.name}}, {{clinic.phone}}, {{clinic.city}}, {{clinic.email}}, {{clinic.bookingUrl}}" };
        var address = new Option<string?>("--address") { Description = "The clinic's street address, shown on the contact page and in the footer" };
        var openingHours = new Option<string?>("--opening-hours") { Description = "Opening hours like \"Mon-Thu 09:00-17:00; Fri 09:00-13:00\" (24-hour times)" };
        var treatments = new Option<string?>("--treatments") { Description = "Treatments offered, separated by commas; each gets a draft treatment page to complete and cite before publishing" };
        var force = new Option<bool>("--force") { Description = "Replace a clinic with the same domain or name" };
        var format = CliOptions.Format(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("new-site", "Add a clinic site that reuses library articles: its root, clinic articles, treatment, contact, privacy and accessibility pages, and domain, in uSync's format.\n\nExample:\n  clinickit new-site --name \"Harbor Light Clinic\" --domain harborlight.test --city Seattle --phone \"(206) 555-0170\" \\\n    --email hello@harborlight.test --booking-url https://booking.harborlight.test/ --brand-color \"#234E70\" --articles all \\\n    --cta-text \"Call {{clinic.name}} on {{clinic.phone}} to talk it through.\" \\\n    --address \"12 Example Pier, Seattle, WA 98101\" --opening-hours \"Mon-Fri 09:00-17:00\" --treatments \"Ketamine treatment\"")
        {
            folder, name, domain, city, phone, email, bookingUrl, brandColor, articles, ctaText, address, openingHours, treatments, force, format,
        };
        command.SetAction(result =>
        {
            var ask = new Answers(console, result);
            var root = CliOptions.ResolveFolder(result, null, folder);
            if (!Directory.Exists(root))
            {
                throw new UsageException($"the folder '{root}' does not exist");
            }

            using var writer = UsyncFolderWriter.Open(root);
            RecoveryNotice.Write(console, root, writer.Recovered);
            var loaded = UsyncFolderReader.Read(root);
            var slugs = loaded.Content.Where(n => n.ContentType == DocumentTypes.Article.Alias && n.Published)
                .Select(n => UsyncFileNames.UrlSegment(n.Name ?? n.Alias)).ToList();
            var clinic = new NewClinic(
                ask.Text(name, "Clinic name"),
                ask.Text(domain, "Domain (host name)").ToLowerInvariant(),
                ask.Text(city, "City"),
                ask.Text(phone, "Phone"),
                ask.Text(email, "Email"),
                ask.Text(bookingUrl, "Booking page URL"),
                ask.Text(brandColor, "Brand colour (#RRGGBB)", "#1F4E79"),
                ask.Articles(articles, slugs),
                ask.Text(ctaText, "Call to action text", "Call {{clinic.name}} on {{clinic.phone}} to ask whether ketamine treatment could suit you."),
                ask.Optional(address, "Street address"),
                ask.Optional(openingHours, "Opening hours (for example Mon-Fri 09:00-17:00; Sat 09:00-12:00)"),
                ask.Optional(treatments, "Treatments offered (comma-separated)", "Ketamine treatment"));
            ask.ThrowIfMissing();

            var now = time.GetLocalNow().DateTime;
            var (items, problems) = ClinicSiteAuthoring.Plan(loaded, clinic, result.GetValue(force), now);
            if (problems.Count > 0)
            {
                throw new UsageException(string.Join("\n  ", problems.Prepend("the clinic was not added:")));
            }

            var before = Errors(loaded, now);
            var rootKey = items[0].Key;
            var keep = items.Select(i => i.Key).ToHashSet();
            foreach (var stale in loaded.Content.Where(n => n.ParentKey == rootKey && !keep.Contains(n.Key)))
            {
                writer.Delete(stale.Source!.File);
            }

            foreach (var item in items)
            {
                writer.Write(item);
            }

            var added = Errors(writer.Preview(), now).Where(d => !before.Contains(d)).ToList();
            if (added.Count > 0)
            {
                foreach (var d in added)
                {
                    console.Error.WriteLine(d);
                }

                console.Fail("the new clinic did not validate, so nothing was written");
                return ExitCodes.Findings;
            }

            writer.Commit();
            Report(console, result.GetFormat(format), clinic, writer);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static HashSet<string> Errors(UsyncFolder folder, DateTime now) =>
        UsyncValidator.Validate(folder, DateOnly.FromDateTime(now)).Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToHashSet();

    private static void Report(CliConsole console, OutputFormat format, NewClinic clinic, UsyncFolderWriter writer)
    {
        var files = writer.Changed.ToList();
        if (format == OutputFormat.Json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(new { clinic = clinic.Name, domain = clinic.Domain, files }, CliJson.Options));
            return;
        }

        foreach (var file in files)
        {
            console.Output.WriteLine($"wrote {file}");
        }

        console.Line($"[green]Added {Markup.Escape(clinic.Name)}[/] at {Markup.Escape(clinic.Domain)} ({files.Count} files). A running head serves it as soon as it sees the files.");
    }
}
