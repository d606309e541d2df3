using ClinicKit.Web.Caching;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Export;

/// <summary>A page as the head answers it: status, media type, body, and the content items it shows.</summary>
public sealed record RenderedPage(int Status, string? MediaType, byte[] Body, IReadOnlyList<Guid> DependsOn);

/// <summary>Renders a page of a clinic by running the head's own endpoint for its path (its controller action, page
/// builder and Razor view) on a <see cref="DefaultHttpContext"/> from the head's services, with no server and no HTTP.</summary>
/// <remarks>Only the head's routing runs in front of the endpoint: the rest of the head's middleware adds headers, caching
/// and the choice of clinic by host name, none of which changes a page's bytes; the clinic is given here instead. So a page
/// kind the head adds (a route and an entry in <see cref="SitePages"/>) is rendered here with no change to the exporter.</remarks>
public sealed class PageRenderer
{
    private readonly IServiceProvider _services;
    private readonly RequestDelegate _endpoints;

    public PageRenderer(WebApplication head)
    {
        _services = head.Services;

        // A branch of the head's pipeline has its own routing world, so it is given the head's endpoints explicitly.
        var branch = ((IApplicationBuilder)head).New();
        branch.UseRouting();
        branch.UseEndpoints(endpoints =>
        {
            foreach (var source in ((IEndpointRouteBuilder)head).DataSources)
            {
                endpoints.DataSources.Add(source);
            }
        });
        _endpoints = branch.Build();
    }

    public async Task<RenderedPage> RenderAsync(ClinicContext clinic, string host, string path, CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        using var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(host);
        context.Request.Path = path;
        context.Response.Body = body;
        context.Features.Set(clinic);

        // The keys a page records for the head's page cache (PageCache.DependsOn) are the inputs the export manifest hashes.
        var capture = new PageCapture();
        context.Features.Set(capture);

        await _endpoints(context);
        await context.Response.CompleteAsync();

        var mediaType = context.Response.ContentType is { } type ? type.Split(';')[0].Trim() : null;
        return new RenderedPage(context.Response.StatusCode, mediaType, body.ToArray(), capture.Keys);
    }
}
