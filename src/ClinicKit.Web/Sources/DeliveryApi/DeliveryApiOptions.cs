using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Configuration under <c>ClinicKit:DeliveryApi</c>, used when <c>ClinicKit:Source</c> is <c>DeliveryApi</c>.</summary>
public sealed class DeliveryApiOptions
{
    public const string Section = "ClinicKit:DeliveryApi";

    /// <summary>The Umbraco site, for example <c>https://cms.example.com</c>; requests go to <c>{BaseUrl}/umbraco/delivery/api/v2/…</c>.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>Sent as <c>Api-Key</c> (Umbraco's <c>DeliveryApi:ApiKey</c>); required for preview and for a non-public API.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Ask for draft content (<c>Preview: true</c>). A preview head must not share a Redis cache with a live one
    /// (the cache keys say which they are, so they never mix).</summary>
    public bool Preview { get; set; }

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public double TimeoutSeconds { get; set; } = 1.5;

    /// <summary>How long one request to Umbraco may take in all, retries included: what a hung Umbraco costs a page before
    /// its last good copy is served.</summary>
    public double TotalTimeoutSeconds { get; set; } = 2;

    /// <summary>Further attempts after a failed one (timeouts, 5xx, connection refused), with backoff, within
    /// <see cref="TotalTimeoutSeconds"/>.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>Clinic host name → Start-Item (the clinic root's URL segment or GUID). The Delivery API has no domains, so
    /// this is where a host picks its clinic; a clinic's canonical host is the first of its hosts in ordinal order.</summary>
    public Dictionary<string, string> Hosts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Optional Redis that several heads share (content, rendered pages and invalidations), as a StackExchange.Redis
    /// configuration string: <c>host:port</c>, plus for example <c>,password=…</c>, <c>,user=…</c> (Redis 6 ACL) and
    /// <c>,ssl=true,sslHost=…</c> for TLS.</summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every Redis key and channel ClinicKit uses, so sites (or staging and production) can share a server.</summary>
    public string RedisPrefix { get; set; } = "clinickit:";

    /// <summary>Umbraco's webhooks must send this in the <see cref="UmbracoWebhookEndpoint.SecretHeader"/> header.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>How long fetched content is used without asking Umbraco again (webhooks refresh it sooner).</summary>
    public int FreshSeconds { get; set; } = 300;

    /// <summary>How long a copy may stand in for Umbraco while Umbraco fails (then the visitor gets a 503).</summary>
    public int StaleSeconds { get; set; } = 7 * 24 * 3600;

    /// <summary>Dictionary labels (<c>ClinicKit.References</c> → text). The Delivery API has no dictionary endpoint, so labels
    /// come from here; a missing one falls back to the head's built-in English text.</summary>
    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Items asked for per query page (<c>take</c>).</summary>
    public int PageSize { get; set; } = 100;

    public CircuitBreakerOptions CircuitBreaker { get; set; } = new();

    public sealed class CircuitBreakerOptions
    {
        /// <summary>Share of failed attempts within the sampling window that opens the circuit.</summary>
        public double FailureRatio { get; set; } = 0.5;

        /// <summary>Attempts the window must hold before the ratio counts.</summary>
        public int MinimumThroughput { get; set; } = 4;

        public int SamplingSeconds { get; set; } = 30;

        /// <summary>How long an open circuit answers "Umbraco unavailable" without calling Umbraco.</summary>
        public int BreakSeconds { get; set; } = 30;
    }

    internal Uri ApiRoot => new(BaseUrl.TrimEnd('/') + "/umbraco/delivery/api/v2/");
}

/// <summary>Checks the Delivery API configuration at startup and names the key that is wrong, so a misconfigured head stops
/// with a sentence an agency can act on instead of failing on the first visitor.</summary>
internal sealed class DeliveryApiOptionsValidator(IOptions<ContentSourceSelection> selection) : IValidateOptions<DeliveryApiOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryApiOptions options)
    {
        if (selection.Value.Source != ContentSourceKind.DeliveryApi)
        {
            return ValidateOptionsResult.Skip;
        }

        const string s = DeliveryApiOptions.Section;
        var errors = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl?.Trim(), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            errors.Add($"{s}:BaseUrl must be the absolute http(s) URL of the Umbraco site, for example https://cms.example.com (it is '{options.BaseUrl}').");
        }

        if (options.Hosts.Count == 0)
        {
            errors.Add($"{s}:Hosts must map at least one clinic host name to its Start-Item, for example \"{s}:Hosts:clinic.example\": \"clinic-root-segment\".");
        }

        foreach (var (host, startItem) in options.Hosts)
        {
            if (host.Contains("://", StringComparison.Ordinal) || host.Contains('/') || host.Contains(':') || string.IsNullOrWhiteSpace(host))
            {
                errors.Add($"{s}:Hosts:{host} must be a bare host name (no scheme, port or path), for example clinic.example.");
            }

            if (string.IsNullOrWhiteSpace(startItem))
            {
                errors.Add($"{s}:Hosts:{host} must name the clinic root: its URL segment or its GUID.");
            }
        }

        if (options.TimeoutSeconds is <= 0 or > 120)
        {
            errors.Add($"{s}:TimeoutSeconds must be between 0 and 120 seconds (it is {options.TimeoutSeconds}).");
        }

        if (options.TotalTimeoutSeconds < options.TimeoutSeconds || options.TotalTimeoutSeconds > 120)
        {
            errors.Add($"{s}:TotalTimeoutSeconds must be at least {s}:TimeoutSeconds and at most 120 seconds (they are {options.TotalTimeoutSeconds} and {options.TimeoutSeconds}).");
        }

        if (options.Retries is < 0 or > 5)
        {
            errors.Add($"{s}:Retries must be between 0 and 5 (it is {options.Retries}).");
        }

        if (!string.IsNullOrWhiteSpace(options.Redis) && RedisConnection.ParseError(options.Redis) is { } redisError)
        {
            errors.Add($"{s}:Redis must be a Redis configuration string such as 127.0.0.1:6379 or redis.example:6380,password=…,ssl=true ({redisError}), or be left out.");
        }

        if ((options.WebhookSecret?.Length ?? 0) < 16)
        {
            errors.Add($"{s}:WebhookSecret must be at least 16 characters; Umbraco's webhooks send it in the X-ClinicKit-Webhook-Secret header.");
        }

        if (options.FreshSeconds < 0 || options.StaleSeconds < options.FreshSeconds)
        {
            errors.Add($"{s}:FreshSeconds must be 0 or more and {s}:StaleSeconds at least as long (they are {options.FreshSeconds} and {options.StaleSeconds}).");
        }

        if (options.Preview && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add($"{s}:ApiKey is required when {s}:Preview is true: Umbraco only serves drafts to a request with its API key.");
        }

        if (options.PageSize is < 1 or > 1000)
        {
            errors.Add($"{s}:PageSize must be between 1 and 1000 (it is {options.PageSize}).");
        }

        var breaker = options.CircuitBreaker;
        if (breaker.FailureRatio is <= 0 or > 1 || breaker.MinimumThroughput < 2 || breaker.SamplingSeconds < 1 || breaker.BreakSeconds < 1)
        {
            errors.Add($"{s}:CircuitBreaker needs FailureRatio in (0, 1], MinimumThroughput of 2 or more, and SamplingSeconds and BreakSeconds of 1 or more.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
