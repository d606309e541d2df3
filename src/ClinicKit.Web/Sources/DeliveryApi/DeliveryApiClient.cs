using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Umbraco could not give an answer: it timed out, failed (5xx), sent something that is not the expected JSON,
/// refused the API key, could not be reached, or has failed so often that the circuit is open.</summary>
internal sealed class UmbracoUnavailableException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>A short code for logs and the <c>X-ClinicKit-Stale</c> header: timeout, server-error, malformed-response,
    /// malformed-content, invalid-content, unreachable, rejected, unexpected-status, circuit-open.</summary>
    public string Reason { get; } = reason;

    /// <summary>For <c>invalid-content</c>: the validation errors the answer was refused for.</summary>
    public IReadOnlyList<ClinicKit.Content.Gate.ContentProblem> Problems { get; init; } = [];
}

/// <summary>The Delivery API v2 over HTTP: headers, status codes and JSON. Retries, timeouts and the circuit breaker are the
/// HttpClient's resilience handler (<see cref="AddResilience"/>).</summary>
/// <remarks>A 404 is an answer ("not there"), not a failure.</remarks>
internal sealed partial class DeliveryApiClient(IHttpClientFactory http, IOptions<DeliveryApiOptions> options, ILogger<DeliveryApiClient> logger)
{
    public const string HttpClientName = "ClinicKit.DeliveryApi";

    private readonly DeliveryApiOptions _options = options.Value;

    /// <summary>The JSON Umbraco answered with, or null for a 404.</summary>
    /// <param name="relativeUrl">Relative to <c>/umbraco/delivery/api/v2/</c>, query string included.</param>
    /// <param name="startItem">The <c>Start-Item</c> header, when the request is relative to a clinic root.</param>
    /// <param name="expected">The JSON kind a well-formed answer has.</param>
    public async Task<JsonElement?> GetAsync(string relativeUrl, string? startItem, JsonValueKind expected, CancellationToken cancellationToken)
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
        byte[] body;
        try
        {
            response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (BrokenCircuitException e)
        {
            throw new UmbracoUnavailableException("circuit-open", $"Umbraco failed repeatedly, so ClinicKit is not calling it for now ({e.Message})", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new UmbracoUnavailableException("timeout", $"Umbraco did not answer {relativeUrl} in time ({_options.TimeoutSeconds}s per attempt, {_options.TotalTimeoutSeconds}s in all)", e);
        }
        catch (HttpRequestException e)
        {
            throw new UmbracoUnavailableException("unreachable", $"Umbraco at {_options.BaseUrl} cannot be reached: {e.Message}", e);
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
                throw new UmbracoUnavailableException("rejected", $"Umbraco refused the request ({status}); check {DeliveryApiOptions.Section}:ApiKey");
            }

            if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            {
                throw new UmbracoUnavailableException("server-error", $"Umbraco answered {status} for {relativeUrl}");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new UmbracoUnavailableException("unexpected-status", $"Umbraco answered {status} for {relativeUrl}");
            }

            JsonElement json;
            try
            {
                json = JsonSerializer.Deserialize<JsonElement>(body);
            }
            catch (JsonException e)
            {
                throw new UmbracoUnavailableException("malformed-response", $"Umbraco's answer to {relativeUrl} is not JSON: {e.Message}", e);
            }

            if (json.ValueKind != expected)
            {
                throw new UmbracoUnavailableException("malformed-response", $"Umbraco's answer to {relativeUrl} is a JSON {json.ValueKind}, not the {expected} the Delivery API sends");
            }

            return json;
        }
    }

    /// <summary>The resilience handler, outermost first: a total timeout (so a hung Umbraco costs a page at most that long
    /// before its stale copy is served), retries with backoff, the circuit breaker, and a timeout per attempt. Failures are
    /// what Http.Resilience counts as transient: connection errors, timeouts, 408, 429 and 5xx.</summary>
    public static void AddResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, DeliveryApiOptions options, ILogger logger)
    {
        builder.AddTimeout(TimeSpan.FromSeconds(options.TotalTimeoutSeconds));
        if (options.Retries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(1),
            });
        }

        var breaker = options.CircuitBreaker;
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(breaker.SamplingSeconds),
            BreakDuration = TimeSpan.FromSeconds(breaker.BreakSeconds),
            OnOpened = args =>
            {
                LogCircuitOpened(logger, options.BaseUrl, args.BreakDuration.TotalSeconds,
                    args.Outcome.Exception?.Message ?? $"status {(int?)args.Outcome.Result?.StatusCode}");
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                LogCircuitClosed(logger, options.BaseUrl);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Umbraco's Delivery API refused ClinicKit's request ({Status}): check {Section}:ApiKey against Umbraco's DeliveryApi:ApiKey")]
    private partial void LogRejected(int status, string section);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Umbraco at {BaseUrl} keeps failing ({Reason}): ClinicKit stops calling it for {Seconds}s and serves cached content")]
    private static partial void LogCircuitOpened(ILogger logger, string baseUrl, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Umbraco at {BaseUrl} answers again: ClinicKit is calling it again")]
    private static partial void LogCircuitClosed(ILogger logger, string baseUrl);
}
