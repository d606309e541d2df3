namespace ClinicKit.Web.Sources.Usync;

/// <summary>Configuration under <c>ClinicKit:Usync</c>.</summary>
public sealed class UsyncSourceOptions
{
    /// <summary>The uSync folder to serve; empty means the repository's <c>uSync/v17</c>.</summary>
    public string? Path { get; set; }

    /// <summary>How long the folder must be quiet before a reload, so an editor's save-rename-delete burst reloads once.</summary>
    public int ReloadDelayMilliseconds { get; set; } = 250;

    /// <summary>Whether to watch the folder and reload when a file changes.</summary>
    public bool Watch { get; set; } = true;
}
