using System.Net;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace ClinicKit.Web.Availability;

/// <summary>Between the page cache and the pages: turns "content unavailable" into a clear 503 page instead of an error.</summary>
/// <remarks>
/// A page whose content is neither fetchable nor cached
/// gets status 503 with <c>Retry-After</c>: the clinic's own branded page when the clinic itself is known, a plain one
/// otherwise; never a stack trace.
/// </remarks>
public sealed partial class ContentAvailabilityMiddleware(RequestDelegate next, ILogger<ContentAvailabilityMiddleware> logger)
{
    public const string UnavailableView = "~/Views/Pages/unavailable.cshtml";
    public const string PlainUnavailableBody = "This site is temporarily unavailable. Please try again in a few minutes.";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ContentUnavailableException e) when (!context.Response.HasStarted)
        {
            LogUnavailable(context.Request.Host.Host, context.Request.Path, e.Reason, e.Message);
            if (e.Clinic is { } clinic && context.Features.Get<ClinicContext>() is null)
            {
                var source = context.RequestServices.GetRequiredService<Sources.IContentSource>();
                context.Features.Set(new ClinicContext(clinic, new Labels(await source.GetDictionaryAsync(context.RequestAborted))));
            }

            await WriteUnavailableAsync(context);
        }
    }

    /// <summary>Answers 503: the clinic's own page when the request has a clinic, a plain one otherwise.</summary>
    public static async Task WriteUnavailableAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "30";
        response.Headers.CacheControl = "no-store";
        if (context.Features.Get<ClinicContext>() is { } clinic)
        {
            var page = new UnavailablePage
            {
                Clinic = clinic.Clinic,
                Labels = clinic.Labels,
                ClinicStylesheetUrl = ClinicPageFactory.StylesheetUrl(clinic.Clinic),
                Head = new Rendering.PageHead(
                    $"{clinic.Labels["ClinicKit.Unavailable", "This page is temporarily unavailable"]} | {(clinic.Clinic.ClinicName.Length > 0 ? clinic.Clinic.ClinicName : clinic.Clinic.Name)}",
                    "", null, NoIndex: true, "website", null),
            };
            var view = new ViewResult
            {
                ViewName = UnavailableView,
                StatusCode = StatusCodes.Status503ServiceUnavailable,
                ViewData = new ViewDataDictionary<UnavailablePage>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = page },
            };
            await view.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Temporarily unavailable</title>"
            + "<meta name=\"robots\" content=\"noindex\"></head><body><h1>Temporarily unavailable</h1><p>"
            + WebUtility.HtmlEncode(PlainUnavailableBody) + "</p></body></html>\n");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "ClinicKit answered 503 for {Host}{Path}: its content could not be fetched ({Reason}: {Detail}) and no copy is cached")]
    private partial void LogUnavailable(string host, string path, string reason, string detail);
}
