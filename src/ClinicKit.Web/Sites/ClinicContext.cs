using ClinicKit.Content.Library;
using ClinicKit.Web.Rendering;

namespace ClinicKit.Web.Sites;

/// <summary>The clinic a request is for, chosen by host name before any page code runs.</summary>
public sealed record ClinicContext(ClinicSite Clinic, Labels Labels)
{
    public static ClinicContext Of(HttpContext context) =>
        context.Features.Get<ClinicContext>() ?? throw new InvalidOperationException("the request has no clinic; UseClinicKitHead() resolves it");
}
