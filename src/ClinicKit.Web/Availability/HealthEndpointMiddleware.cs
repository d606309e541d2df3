using System.Net;
using System.Text.Json;
using ClinicKit.Content.Gate;

namespace ClinicKit.Web.Availability;

/// <summary><c>GET /.well-known/clinickit/health</c> on any host name: whether the newest content went live, when content last
/// passed validation, which host names answer 503, and (to requests from this machine) each error with its uSync file,
/// line and code.</summary>
/// <remarks>Answered before the page cache and clinic resolution, so it is never cached and needs no clinic. Diagnostics name
/// content files, so they are listed only to loopback requests (and in-process hosts, which have no remote address).</remarks>
public sealed class HealthEndpointMiddleware(RequestDelegate next, ContentHealth health)
{
    public const string Path = "/.well-known/clinickit/health";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            await next(context);
            return;
        }

        var remote = context.Connection.RemoteIpAddress;
        var local = remote is null || IPAddress.IsLoopback(remote);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(JsonSerializer.Serialize(Body(health.Current, local), Json), context.RequestAborted);
    }

    private static object Body(ContentHealth.Report? report, bool local)
    {
        if (report is null)
        {
            return new { status = "unchecked" };
        }

        var served = report.Served;
        return new
        {
            status = served.Status switch
            {
                ContentStatus.Ok => "ok",
                ContentStatus.Degraded => "degraded",
                _ => "unavailable",
            },
            source = report.Source,
            checkedAt = served.CheckedAt,
            cleanSince = served.CleanSince,
            withheld = served.Withheld.Keys.Order(StringComparer.Ordinal),
            errors = served.Findings.Count,
            diagnostics = local
                ? served.Findings.Select(f => new
                {
                    code = f.Problem.Diagnostic.Code,
                    file = f.Problem.Diagnostic.File,
                    line = f.Problem.Diagnostic.Line,
                    item = f.Problem.Diagnostic.Item,
                    message = report.Public(f.Problem.Diagnostic.Message),
                    clinics = f.Clinics,
                })
                : null,
        };
    }
}
