using ClinicKit.Content.Schema;
using ClinicKit.Umbraco.PublishGuard;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

using Content = global::Umbraco.Cms.Core.Models.Content;

/// <summary>A site after ClinicKit's import: the shipped citations in the content service, the guard, and a fixed "today".</summary>
public abstract class GuardFixture
{
    /// <summary>The shipped article the cases start from: six claims, each citing published citations; review due 2027-10-15.</summary>
    protected const string ShippedArticle = "How Does Ketamine Work for Depression?";

    protected static readonly DateOnly BeforeReviewDue = new(2027, 1, 15);

    internal UmbracoModel Model { get; private set; } = null!;

    internal ContentStore Store { get; private set; } = null!;

    protected ClinicKitClaimsSettings Settings { get; private set; } = null!;

    protected DateOnly Today { get; set; }

    [SetUp]
    public void CreateSite()
    {
        Model = new UmbracoModel();
        Store = new ContentStore();
        Settings = new ClinicKitClaimsSettings();
        Today = BeforeReviewDue;
        foreach (var citation in UmbracoModel.Shipped.Content.Where(n => n.ContentType == DocumentTypes.Citation.Alias))
        {
            Store.Add(Model.FromShipped(citation));
        }
    }

    protected Content ShippedArticleContent() => Store.Add(Model.FromShipped(DocumentTypes.Article.Alias, ShippedArticle));

    /// <summary>Presses Publish: raises Umbraco's publishing notification for the items, through the guard.</summary>
    protected ContentPublishingNotification Publish(params IContent[] items)
    {
        var notification = new ContentPublishingNotification(items, new EventMessages());
        var monitor = Substitute.For<IOptionsMonitor<ClinicKitClaimsSettings>>();
        monitor.CurrentValue.Returns(Settings);
        var guard = new ClaimPublishGuard(Store.Service, monitor, new FixedClock(Today), NullLogger<ClaimPublishGuard>.Instance);
        guard.Handle(notification);
        return notification;
    }

    protected static IReadOnlyList<string> Messages(ContentPublishingNotification notification, EventMessageType type) =>
        notification.Messages.GetAll().Where(m => m.MessageType == type).Select(m => m.Message).ToList();

    protected static IReadOnlyList<EventMessage> AllMessages(ContentPublishingNotification notification) => notification.Messages.GetAll().ToList();

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
