using Spectre.Console;

namespace ClinicKit.Cli.Common;

/// <summary>Where a command writes: a Spectre console for people (colour when the terminal has it) and the raw writer for JSON.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, bool interactive)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True at a terminal: prompts and progress bars are allowed.</summary>
    public bool Interactive { get; } = interactive;

    public IAnsiConsole Ansi { get; } = CreateAnsi(output, interactive);

    public static CliConsole ForProcess() => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected && !Console.IsInputRedirected);

    private static IAnsiConsole CreateAnsi(TextWriter output, bool interactive)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });

        // Redirected output goes to logs and files, where wrapping at 80 columns only splits lines.
        if (!interactive)
        {
            ansi.Profile.Width = 200;
        }

        return ansi;
    }

    /// <summary>One line of markup: coloured at a terminal; in a script, plain text that is never wrapped.</summary>
    public void Line(string markup)
    {
        if (Interactive)
        {
            Ansi.MarkupLine(markup);
        }
        else
        {
            Output.WriteLine(Markup.Remove(markup));
        }
    }

    /// <summary>A failure on stderr. Control characters from the command line or a file are shown as U+XXXX, so a message
    /// never moves the cursor or recolours the terminal; a failure is one line unless the message lists items.</summary>
    public void Fail(string message) => Error.WriteLine($"clinickit: {Printable(message)}");

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) && c != '\n' ? $"U+{(int)c:X4}" : c.ToString()));
}
