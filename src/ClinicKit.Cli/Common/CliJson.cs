using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClinicKit.Cli.Common;

public static class CliJson
{
    /// <summary>Indented, and readable by people too: characters are not escaped beyond what JSON needs.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}
