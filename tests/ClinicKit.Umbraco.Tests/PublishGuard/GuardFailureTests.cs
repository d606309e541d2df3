using Microsoft.Extensions.Logging;
using NSubstitute;
using Umbraco.Cms.Core.Events;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

/// <summary>
/// When the guard itself cannot finish (Umbraco's content service throws while it looks up a cited document), the marketer
/// gets a refused publish that says what could not be checked, never an unexplained error, import or not.
/// </summary>
public sealed class GuardFailureTests : GuardFixture
{
    [TestCase(false, TestName = "A check that cannot finish refuses the publish and says what could not be checked")]
    [TestCase(true, TestName = "A check that cannot finish during a uSync import still refuses the publish")]
    public void A_check_that_cannot_finish_refuses_the_publish_with_a_message(bool importing)
    {
        if (importing)
        {
            Window.Open();
        }

        var article = ShippedArticleContent();
        Store.Service.GetById(Arg.Is<Guid>(key => key != article.Key)).Returns(_ => throw new InvalidOperationException("the database connection was lost"));

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[]
        {
            $"ClinicKit could not check the claims of \"{ShippedArticle}\" (the database connection was lost).",
        }));
        Assert.That(Log.GetSnapshot().Where(r => r.Level == LogLevel.Error).Select(r => r.Message),
            Has.One.StartsWith($"ClinicKit could not check the claims of {ShippedArticle}"));
    }
}
