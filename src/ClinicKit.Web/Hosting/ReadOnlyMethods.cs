namespace ClinicKit.Web.Hosting;

/// <summary>The head only serves pages and files: any method but GET and HEAD gets 405 with <c>Allow: GET, HEAD</c>, before
/// any content is looked up, rather than the clinic's 404. Umbraco's webhook, which takes POST, is answered before this.</summary>
internal sealed class ReadOnlyMethods(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
