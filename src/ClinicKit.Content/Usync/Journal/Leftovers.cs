namespace ClinicKit.Content.Usync.Journal;

/// <summary>The names of the files a ClinicKit write leaves only while it runs: staged copies and the journal.</summary>
public static class Leftovers
{
    /// <summary>The journal of a change being applied, at the root of the uSync folder.</summary>
    public const string JournalFile = ".clinickit-journal";

    private const string TempInfix = ".tmp-";
    private const int TempIdLength = 8;

    /// <summary>A fresh staged name beside <paramref name="path"/>, in the same folder so moving it into place is one rename.</summary>
    /// <remarks>Earlier versions named their temporary files the same way, so their leftovers are recognised and cleaned too.</remarks>
    public static string TempFor(string path) => path + TempInfix + Guid.NewGuid().ToString("N")[..TempIdLength];

    /// <summary>True for a staged copy (<c>name.tmp-1a2b3c4d</c>): never content, only a leftover once no journal names it.</summary>
    public static bool IsTemp(string fileName)
    {
        var at = fileName.Length - TempIdLength - TempInfix.Length;
        if (at <= 0 || string.CompareOrdinal(fileName, at, TempInfix, 0, TempInfix.Length) != 0)
        {
            return false;
        }

        foreach (var c in fileName.AsSpan(at + TempInfix.Length))
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
