namespace ClinicKit.Content.Importing;

/// <summary>A blog post reduced to what an article needs: a title and its blocks of text, in reading order.</summary>
public sealed record ParsedPost(string Title, IReadOnlyList<PostBlock> Blocks, IReadOnlyList<string> Warnings);

public enum PostBlockKind
{
    Heading,
    Paragraph,
    ListItem,
}

public sealed record PostBlock(PostBlockKind Kind, string Text);

/// <summary>A post that cannot become an article (not text, too big, empty); nothing is written for it.</summary>
public sealed class PostUnreadableException(string message) : Exception(message);
