namespace ClinicKit.Content.Usync.Items;

/// <summary>Where an item came from, so every diagnostic can name a file and a line.</summary>
public sealed record SourceLocation(string File, int? Line = null)
{
    public override string ToString() => Line is null ? File : $"{File}:{Line}";
}

/// <summary>One uSync file's item: the attributes every uSync root element carries.</summary>
public abstract class UsyncItem
{
    public Guid Key { get; set; }

    public string Alias { get; set; } = "";

    /// <summary>The <c>Level</c> attribute; absent on domains and on some delete actions.</summary>
    public int? Level { get; set; }

    public abstract UsyncItemKind Kind { get; }

    public SourceLocation? Source { get; set; }

    public FileTrivia Trivia { get; set; } = FileTrivia.Canonical;

    public override string ToString() => $"{Kind} '{Alias}' ({Key})";
}
