using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>The documents one publish refers to: those being published in it, then whatever Umbraco's content service holds.</summary>
internal sealed class DocumentLookup
{
    private readonly IContentService _contentService;
    private readonly Dictionary<Guid, IContent> _batch = [];
    private readonly Dictionary<Guid, IContent?> _loaded = [];

    public DocumentLookup(IContentService contentService, IEnumerable<IContent> batch)
    {
        _contentService = contentService;
        foreach (var content in batch)
        {
            _batch.TryAdd(content.Key, content);
        }
    }

    /// <summary>True when the document is published by the same operation (so it counts as published, with its draft values).</summary>
    public bool IsBeingPublished(Guid key) => _batch.ContainsKey(key);

    public IContent? Find(Guid key)
    {
        if (_batch.TryGetValue(key, out var content))
        {
            return content;
        }

        if (!_loaded.TryGetValue(key, out content))
        {
            content = _contentService.GetById(key);
            _loaded[key] = content;
        }

        return content;
    }

    /// <summary>A cited document as the claim rules see it; null when it is missing or is not a citation (as <c>clinickit validate</c> treats it).</summary>
    public CitationInfo? Citation(Guid key)
    {
        if (Find(key) is not { } document || document.ContentType.Alias != DocumentTypes.Citation.Alias)
        {
            return null;
        }

        var state = document.Trashed ? CitationState.Trashed
            : document.Published || IsBeingPublished(key) ? CitationState.Published
            : CitationState.Unpublished;
        var title = ContentValues.Text(document, Props.Title, null, published: false);
        return new CitationInfo(string.IsNullOrWhiteSpace(title) ? document.Name ?? key.ToString() : title.Trim(), state);
    }
}
