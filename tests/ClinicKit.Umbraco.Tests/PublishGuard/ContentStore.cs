using NSubstitute;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

using Content = global::Umbraco.Cms.Core.Models.Content;

/// <summary>Umbraco's content service, stood in by a substitute that returns real <see cref="Content"/> objects by key.</summary>
internal sealed class ContentStore
{
    private readonly Dictionary<Guid, IContent> _items = [];

    public ContentStore()
    {
        Service.GetById(Arg.Any<Guid>()).Returns(call => _items.GetValueOrDefault(call.Arg<Guid>()));

        // As Umbraco's ContentService.Unpublish does for a published invariant document: it goes unpublished, and the result says so.
        Service.Unpublish(Arg.Any<IContent>(), Arg.Any<string?>(), Arg.Any<int>()).Returns(call =>
        {
            var content = (Content)call.Arg<IContent>();
            content.Published = false;
            Unpublished.Add(content.Key);
            return new PublishResult(PublishResultType.SuccessUnpublish, new EventMessages(), content);
        });
    }

    public IContentService Service { get; } = Substitute.For<IContentService>();

    /// <summary>The keys of the documents unpublished through the service, in order.</summary>
    public List<Guid> Unpublished { get; } = [];

    public T Add<T>(T content)
        where T : IContent
    {
        _items[content.Key] = content;
        return content;
    }

    public IContent Get(Guid key) => _items[key];
}
