using System.CommandLine;

namespace ClinicKit.Cli.Common;

public enum OutputFormat
{
    Text,
    Json,
    Markdown,
}

/// <summary>Options several commands share, defined once so they read and behave the same everywhere.</summary>
public static class CliOptions
{
    public const string DefaultFolder = "uSync/v17";

    public static Option<string?> Folder() => new("--folder")
    {
        Description = $"The uSync folder (default {DefaultFolder})",
        HelpName = "DIR",
    };

    public static Argument<string?> FolderArgument() => new("folder")
    {
        Description = $"The uSync folder (default {DefaultFolder}); same as --folder",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<string> Format(params OutputFormat[] allowed)
    {
        var names = allowed.Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<string>("--format")
        {
            Description = "How to write the result",
            DefaultValueFactory = _ => "text",
            HelpName = string.Join("|", names),
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    public static OutputFormat GetFormat(this ParseResult result, Option<string> option) =>
        Enum.Parse<OutputFormat>(result.GetValue(option) ?? "text", ignoreCase: true);

    /// <summary>The folder from the positional argument or --folder (not both, unless they agree).</summary>
    public static string ResolveFolder(ParseResult result, Argument<string?>? argument, Option<string?> option)
    {
        var positional = argument is null ? null : result.GetValue(argument);
        var named = result.GetValue(option);
        if (positional is not null && named is not null && Path.GetFullPath(positional) != Path.GetFullPath(named))
        {
            throw new UsageException($"the folder is given twice ('{positional}' and --folder '{named}'); give it once");
        }

        return positional ?? named ?? DefaultFolder;
    }
}

/// <summary>A mistake in how the command was called: reported as one line and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
