using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Umbraco could not give an answer: it timed out, failed (5xx), sent something that is not the expected JSON,
/// refused the API key, could not be reached, or has failed so often that the circuit is open.</summary>
internal sealed class UmbracoUnavailableException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>A short code for logs and the <c>X-ClinicKit-Stale</c> header: timeout, server-error, malformed-response,
    /// unreachable, rejected, unexpected-status, circuit-open.</summary>
    public string Reason { get; } = reason;
}

/// <summary>The Delivery API v2 over HTTP: headers, timeouts, retries with backoff and a circuit breaker (Polly v8).</summary>
/// <remarks>One attempt = send, read, parse; whatever goes wrong in it (including JSON that does not parse or has the wrong
/// shape) is one failure, so the retry and the breaker see malformed answers as well as dead servers. A 404 is an answer
/// ("not there"), not a failure.</remarks>
internal sealed partial class DeliveryApiClient
{
    public const string HttpClientName = "ClinicKit.DeliveryApi";

    private readonly IHttpClientFactory _http;
    private readonly DeliveryApiOptions _options;
    private readonly ILogger<DeliveryApiClient> _logger;
    private readonly ResiliencePipeline _pipeline;

    public DeliveryApiClient(IHttpClientFactory http, IOptions<DeliveryApiOptions> options, ILogger<DeliveryApiClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _pipeline = BuildPipeline(_options);
    }

    /// <summary>The JSON Umbraco answered with, or null for a 404.</summary>
    /// <param name="relativeUrl">Relative to <c>/umbraco/delivery/api/v2/</c>, query string included.</param>
    /// <param name="startItem">The <c>Start-Item</c> header, when the request is relative to a clinic root.</param>
    /// <param name="expected">The JSON kind a well-formed answer has.</param>
    public async Task<JsonElement?> GetAsync(string relativeUrl, string? startItem, JsonValueKind expected, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct => await AttemptAsync(relativeUrl, startItem, expected, ct), cancellationToken);
        }
        catch (BrokenCircuitException e)
        {
            throw new UmbracoUnavailableException("circuit-open", $"Umbraco failed repeatedly, so ClinicKit is not calling it for now ({e.Message})", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new UmbracoUnavailableException("timeout", $"Umbraco did not answer {relativeUrl} within {_options.TimeoutSeconds}s", e);
        }
        catch (UmbracoFailure e)
        {
            throw new UmbracoUnavailableException(e.Reason, e.Message, e);
        }
    }

    private async ValueTask<JsonElement?> AttemptAsync(string relativeUrl, string? startItem, JsonValueKind expected, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_options.ApiRoot, relativeUrl));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.TryAddWithoutValidation("Api-Key", _options.ApiKey);
        }

        if (_options.Preview)
        {
            request.Headers.TryAddWithoutValidation("Preview", "true");
        }

        if (!string.IsNullOrEmpty(startItem))
        {
            request.Headers.TryAddWithoutValidation("Start-Item", startItem);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new UmbracoFailure("unreachable", $"Umbraco at {_options.BaseUrl} cannot be reached: {e.Message}", retryable: true, e);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                LogRejected(status, DeliveryApiOptions.Section);
                throw new UmbracoFailure("rejected", $"Umbraco refused the request ({status}); check {DeliveryApiOptions.Section}:ApiKey", retryable: false);
            }

            if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            {
                throw new UmbracoFailure("server-error", $"Umbraco answered {status} for {relativeUrl}", retryable: true);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new UmbracoFailure("unexpected-status", $"Umbraco answered {status} for {relativeUrl}", retryable: false);
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            JsonElement json;
            try
            {
                json = JsonSerializer.Deserialize<JsonElement>(body);
            }
            catch (JsonException e)
            {
                throw new UmbracoFailure("malformed-response", $"Umbraco's answer to {relativeUrl} is not JSON: {e.Message}", retryable: true, e);
            }

            if (json.ValueKind != expected)
            {
                throw new UmbracoFailure("malformed-response", $"Umbraco's answer to {relativeUrl} is a JSON {json.ValueKind}, not the {expected} the Delivery API sends", retryable: true);
            }

            return json;
        }
    }

    private ResiliencePipeline BuildPipeline(DeliveryApiOptions options)
    {
        var failure = new PredicateBuilder().Handle<UmbracoFailure>().Handle<TimeoutRejectedException>();
        var builder = new ResiliencePipelineBuilder();
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<UmbracoFailure>(f => f.Retryable).Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(2),
            });
        }

        var breaker = options.CircuitBreaker;
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = failure,
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(breaker.SamplingSeconds),
            BreakDuration = TimeSpan.FromSeconds(breaker.BreakSeconds),
            OnOpened = args =>
            {
                LogCircuitOpened(options.BaseUrl, args.BreakDuration.TotalSeconds, args.Outcome.Exception?.Message ?? "failures");
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                LogCircuitClosed(options.BaseUrl);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
        return builder.Build();
    }

    /// <summary>One failed attempt, as the resilience pipeline sees it.</summary>
    private sealed class UmbracoFailure(string reason, string message, bool retryable, Exception? inner = null) : Exception(message, inner)
    {
        public string Reason { get; } = reason;

        public bool Retryable { get; } = retryable;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Umbraco's Delivery API refused ClinicKit's request ({Status}): check {Section}:ApiKey against Umbraco's DeliveryApi:ApiKey")]
    private partial void LogRejected(int status, string section);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Umbraco at {BaseUrl} keeps failing ({Reason}): ClinicKit stops calling it for {Seconds}s and serves cached content")]
    private partial void LogCircuitOpened(string baseUrl, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Umbraco at {BaseUrl} answers again: ClinicKit is calling it again")]
    private partial void LogCircuitClosed(string baseUrl);
}
