using NSubstitute;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

/// <summary>Umbraco's content service, stood in by a substitute that returns real <see cref="Content"/> objects by key.</summary>
internal sealed class ContentStore
{
    private readonly Dictionary<Guid, IContent> _items = [];

    public ContentStore()
    {
        Service.GetById(Arg.Any<Guid>()).Returns(call => _items.GetValueOrDefault(call.Arg<Guid>()));
    }

    public IContentService Service { get; } = Substitute.For<IContentService>();

    public T Add<T>(T content)
        where T : IContent
    {
        _items[content.Key] = content;
        return content;
    }

    public IContent Get(Guid key) => _items[key];
}
