using ClinicKit.Content.Gate;

namespace ClinicKit.Web.Availability;

/// <summary>What the content gate decided last, as the content source reported it: read by the health endpoint, and by
/// clinic resolution to answer 503 for host names whose clinic has no good content.</summary>
public sealed class ContentHealth
{
    private volatile Report? _current;

    /// <summary>The last report, or null when the content source does not report (yet).</summary>
    public Report? Current => _current;

    /// <param name="source">The content source, as the health endpoint names it ("usync").</param>
    /// <param name="served">The gate's decision.</param>
    /// <param name="privatePath">A path to keep out of messages (the uSync folder): visitors see uSync-relative names only.</param>
    public void Publish(string source, ServedContent served, string? privatePath) => _current = new Report(source, served, privatePath);

    public sealed record Report(string Source, ServedContent Served, string? PrivatePath)
    {
        /// <summary>A diagnostic message without the private path (an I/O error message names the full path).</summary>
        public string Public(string message)
        {
            if (string.IsNullOrEmpty(PrivatePath))
            {
                return message;
            }

            var root = PrivatePath.TrimEnd('/', '\\');
            return message.Replace(root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(root, ".", StringComparison.Ordinal);
        }
    }
}
