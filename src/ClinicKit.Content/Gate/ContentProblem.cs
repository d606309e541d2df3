using ClinicKit.Content.Diagnostics;

namespace ClinicKit.Content.Gate;

/// <summary>An error in new content and what it touches: content keys (clinics, nodes under them, library articles,
/// citations), host names (domains), or everything (a content type, a data type, the dictionary, a file nobody can tie to
/// an item).</summary>
public sealed record ContentProblem(Diagnostic Diagnostic, IReadOnlyCollection<Guid> Keys, IReadOnlyCollection<string> Hosts, bool Everything = false)
{
    public static ContentProblem OnEverything(Diagnostic diagnostic) => new(diagnostic, [], [], Everything: true);
}
