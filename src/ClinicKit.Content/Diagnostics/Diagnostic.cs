using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>One finding about a uSync folder: what is wrong, where, and in which item.</summary>
/// <param name="File">The file's path relative to the uSync folder (forward slashes), or "." for the folder itself.</param>
public sealed record Diagnostic(string Code, Severity Severity, string File, int? Line, string? Item, string Message)
{
    public static Diagnostic For(DiagnosticCode code, SourceLocation? at, string? item, string message, Severity? severity = null) =>
        new(code.Code, severity ?? code.Severity, at?.File ?? ".", at?.Line, item, message);

    public string Location => Line is null ? File : $"{File}:{Line}";

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
