namespace ClinicKit.Cli.Common;

/// <summary>What <c>clinickit</c> returns, for scripts and CI (documented in the README).</summary>
public static class ExitCodes
{
    /// <summary>Done, and nothing needs attention.</summary>
    public const int Ok = 0;

    /// <summary>Done, and found errors (validate, audit, export link check) or files to change (format --check).</summary>
    public const int Findings = 1;

    /// <summary>The command line was wrong, or something it needs is missing (a folder, a file, an answer).</summary>
    public const int Usage = 2;

    /// <summary>Something failed that ClinicKit did not expect; the message says what.</summary>
    public const int Failure = 3;
}
