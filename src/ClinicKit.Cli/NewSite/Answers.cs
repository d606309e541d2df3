using System.CommandLine;
using ClinicKit.Cli.Common;
using Spectre.Console;

namespace ClinicKit.Cli.NewSite;

/// <summary>Takes each value from its option, or asks for it at a terminal; without a terminal, missing values are a usage error naming them all.</summary>
internal sealed class Answers(CliConsole console, ParseResult result)
{
    private readonly List<string> _missing = [];

    public string Text(Option<string?> option, string question, string? suggestion = null)
    {
        if (result.GetValue(option) is { } given)
        {
            return given;
        }

        if (!console.Interactive)
        {
            _missing.Add(option.Name);
            return "";
        }

        var prompt = new TextPrompt<string>(question + ":");
        if (suggestion is not null)
        {
            prompt.DefaultValue(suggestion);
        }

        return console.Ansi.Prompt(prompt);
    }

    /// <summary>An answer the clinic may not have yet: asked at a terminal, otherwise empty when the option is not given.</summary>
    public string Optional(Option<string?> option, string question, string suggestion = "")
    {
        if (result.GetValue(option) is { } given)
        {
            return given;
        }

        if (!console.Interactive)
        {
            return "";
        }

        var prompt = new TextPrompt<string>(question + ":").AllowEmpty();
        if (suggestion.Length > 0)
        {
            prompt.DefaultValue(suggestion);
        }

        return console.Ansi.Prompt(prompt);
    }

    /// <summary>Null means every published library article.</summary>
    public IReadOnlyList<string>? Articles(Option<string?> option, IReadOnlyList<string> slugs)
    {
        var given = result.GetValue(option);
        if (given is null && console.Interactive)
        {
            var prompt = new MultiSelectionPrompt<string>().Title("Which library articles does the clinic show?").AddChoices(slugs);
            foreach (var slug in slugs)
            {
                prompt.Select(slug);
            }

            return console.Ansi.Prompt(prompt);
        }

        if (given is null)
        {
            _missing.Add(option.Name);
            return null;
        }

        return given.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)
            ? null
            : given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public void ThrowIfMissing()
    {
        if (_missing.Count > 0)
        {
            throw new UsageException($"new-site needs {string.Join(", ", _missing)} (or run it at a terminal to be asked); see clinickit new-site --help");
        }
    }
}
