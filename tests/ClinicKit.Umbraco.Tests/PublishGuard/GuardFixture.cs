using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using ClinicKit.Umbraco.PublishGuard;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

using Content = global::Umbraco.Cms.Core.Models.Content;

/// <summary>
/// A site after ClinicKit's import: the shipped citations in the content service, the guard with its import window, a
/// clock the tests move ("today", and the window's expiry), and the log.
/// </summary>
public abstract class GuardFixture
{
    /// <summary>The shipped article the cases start from: six claims, each citing published citations; review due 2027-10-15.</summary>
    protected const string ShippedArticle = "How Does Ketamine Work for Depression?";

    protected static readonly DateOnly BeforeReviewDue = new(2027, 1, 15);

    internal UmbracoModel Model { get; private set; } = null!;

    internal ContentStore Store { get; private set; } = null!;

    protected ClinicKitClaimsSettings Settings { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; private set; } = null!;

    /// <summary>Everything the guard, the window and the re-check logged.</summary>
    protected FakeLogCollector Log { get; private set; } = null!;

    internal ImportWindow Window { get; private set; } = null!;

    /// <summary>Noon UTC of this day. Moves the clock, which only goes forward.</summary>
    protected DateOnly Today
    {
        get => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        set => Clock.SetUtcNow(new DateTimeOffset(value.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
    }

    private IOptionsMonitor<ClinicKitClaimsSettings> Monitor { get; set; } = null!;

    [SetUp]
    public void CreateSite()
    {
        Model = new UmbracoModel();
        Store = new ContentStore();
        Settings = new ClinicKitClaimsSettings();
        Clock = new FakeTimeProvider(new DateTimeOffset(BeforeReviewDue.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        Log = new FakeLogCollector();
        Monitor = Substitute.For<IOptionsMonitor<ClinicKitClaimsSettings>>();
        Monitor.CurrentValue.Returns(_ => Settings);
        var recheck = new ImportRecheck(Store.Service, Monitor, Clock, new FakeLogger<ImportRecheck>(Log));
        Window = new ImportWindow(Clock, Monitor, recheck, new FakeLogger<ImportWindow>(Log));
        foreach (var citation in UmbracoModel.Shipped.Content.Where(n => n.ContentType == DocumentTypes.Citation.Alias))
        {
            Store.Add(Model.FromShipped(citation));
        }
    }

    [TearDown]
    public void CloseTheWindow() => Window.Dispose();

    protected Content ShippedArticleContent() => Store.Add(Model.FromShipped(DocumentTypes.Article.Alias, ShippedArticle));

    /// <summary>Bluebonnet Lane Clinic's page for the shipped article (it picks umb://document/b15ff0bb…, the shipped article); not in the store.</summary>
    protected Content ShippedClinicArticle()
    {
        var node = UmbracoModel.Shipped.Content.Single(n =>
            n.ContentType == DocumentTypes.ClinicArticle.Alias && n.Name == ShippedArticle && n.ParentName == "Bluebonnet Lane Clinic");
        return Model.FromShipped(node);
    }

    /// <summary>The citation claim <paramref name="claim"/> (from 1) of the article cites.</summary>
    protected static Guid CitationOfClaim(IContent article, int claim)
    {
        Assert.That(BlockValueJson.TryParse(article.GetValue<string>(Props.Body), out var body, out _), Is.True);
        return ClaimReader.Read(body)[claim - 1].Citations.Single().Key!.Value;
    }

    /// <summary>Presses Publish: raises Umbraco's publishing notification for the items, through the guard.</summary>
    protected ContentPublishingNotification Publish(params IContent[] items)
    {
        var notification = new ContentPublishingNotification(items, new EventMessages());
        var guard = new ClaimPublishGuard(Store.Service, Monitor, Clock, Window, new FakeLogger<ClaimPublishGuard>(Log));
        guard.Handle(notification);
        return notification;
    }

    protected static IReadOnlyList<string> Messages(ContentPublishingNotification notification, EventMessageType type) =>
        notification.Messages.GetAll().Where(m => m.MessageType == type).Select(m => m.Message).ToList();

    protected static IReadOnlyList<EventMessage> AllMessages(ContentPublishingNotification notification) => notification.Messages.GetAll().ToList();
}
