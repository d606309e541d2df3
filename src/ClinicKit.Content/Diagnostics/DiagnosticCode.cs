namespace ClinicKit.Content.Diagnostics;

/// <summary>A stable diagnostic code with its default severity and the advice the README and <c>clinickit validate</c> show.</summary>
public sealed record DiagnosticCode(string Code, Severity Severity, string Title, string Fix);
