// Usage: ClinicKit.BytesServer FILE URL [CODING FILE]...
// Answers every request with FILE's bytes, or with the file given for a coding the request's Accept-Encoding names (br is
// preferred): Content-Type, Content-Length and Content-Encoding only, no middleware, no logging. What Kestrel itself costs
// per response on this machine, so the head's ratio to nginx can be split into Kestrel's share and the head's.
using Microsoft.Net.Http.Headers;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
var identity = File.ReadAllBytes(args[0]);
var forms = new Dictionary<string, byte[]>(StringComparer.Ordinal);
for (var i = 2; i + 1 < args.Length; i += 2)
{
    forms[args[i]] = File.ReadAllBytes(args[i + 1]);
}

app.Run(context =>
{
    var accept = context.Request.Headers.AcceptEncoding.ToString();
    var coding = forms.Keys.OrderBy(c => c == "br" ? 0 : 1).FirstOrDefault(c => accept.Contains(c, StringComparison.Ordinal));
    var body = coding is null ? identity : forms[coding];
    context.Response.ContentType = "text/html";
    if (coding is not null)
    {
        context.Response.Headers.ContentEncoding = coding;
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
    }

    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body, 0, body.Length);
});
app.Run(args[1]);
