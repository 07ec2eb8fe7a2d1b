using System.Net;
using System.Net.Http.Headers;
using Polly.Timeout;

namespace LegalSearch.Indexer.Fetching;

/// <summary>
/// The typed HTTP client of the crawler: one GET with conditional headers, redirects followed hop by hop
/// (each checked by the caller's scope, loops stopped), only the accepted content types, and a size limit.
/// Retries, backoff, timeouts and per-host politeness come from the resilience handler (<see cref="FetchingServices"/>).
/// Every failure comes back as a <see cref="FetchResponse"/> with a reason, never as an exception.
/// </summary>
public sealed class HttpFetcher(HttpClient client, FetchOptions options)
{
    public async Task<FetchResponse> GetAsync(Uri url, FetchRequest request, CancellationToken cancellationToken)
    {
        var hops = new List<Uri> { url };
        var current = url;
        while (true)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, current);
            if (request.Validators is { } validators && hops.Count == 1) AddValidators(message, validators);

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (TimeoutRejectedException)
            {
                var attempts = AttemptsOf(message);
                return FetchResponse.Failed(url, current, $"timed out: no answer within {Seconds(options.AttemptTimeout)} ({Tries(attempts)})", attempts);
            }
            catch (HttpRequestException ex)
            {
                var attempts = AttemptsOf(message);
                return FetchResponse.Failed(url, current, $"connection failed: {ex.Message} ({Tries(attempts)})", attempts);
            }

            using (response)
            {
                var attempts = AttemptsOf(message);
                if (IsRedirect(response.StatusCode))
                {
                    var next = RedirectTarget(current, response);
                    if (next is null) return FetchResponse.Failed(url, current, $"HTTP {(int)response.StatusCode} redirect without a Location", attempts, (int)response.StatusCode);
                    if (hops.Contains(next)) return FetchResponse.Failed(url, current, $"redirect loop: {string.Join(" → ", hops.Append(next))}", attempts, (int)response.StatusCode);
                    if (hops.Count > options.MaxRedirects) return FetchResponse.Failed(url, current, $"too many redirects (more than {options.MaxRedirects})", attempts, (int)response.StatusCode);
                    if (request.RedirectRefusal?.Invoke(next) is { } refusal) return FetchResponse.Failed(url, current, $"redirect to {next} refused: {refusal}", attempts, (int)response.StatusCode);
                    hops.Add(next);
                    current = next;
                    continue;
                }
                return await ReadAsync(url, current, response, request, attempts, cancellationToken);
            }
        }
    }

    private async Task<FetchResponse> ReadAsync(Uri url, Uri finalUrl, HttpResponseMessage response, FetchRequest request, int attempts, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResponse(url, finalUrl, FetchOutcome.NotModified, null, null, etag, lastModified, attempts, status, null);
        }
        if (!response.IsSuccessStatusCode)
        {
            var retried = status >= 500 && attempts > 1 ? $" ({Tries(attempts)})" : "";
            return FetchResponse.Failed(url, finalUrl, $"HTTP {status} {response.ReasonPhrase}{retried}", attempts, status);
        }

        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType ?? "";
        if (!request.Accepts(mediaType))
        {
            var shown = mediaType.Length == 0 ? "none" : $"'{mediaType}'";
            return FetchResponse.Failed(url, finalUrl, $"unsupported content type {shown} (expected {string.Join(", ", request.AcceptedMediaTypes)})", attempts, status);
        }
        var declared = response.Content.Headers.ContentLength;
        if (declared > options.MaxBytes) return FetchResponse.Failed(url, finalUrl, TooLarge(declared.Value), attempts, status);

        using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bodyTimeout.CancelAfter(options.BodyTimeout);
        var body = new MemoryStream();
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(bodyTimeout.Token);
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, bodyTimeout.Token)) > 0)
            {
                body.Write(buffer, 0, read);
                if (body.Length > options.MaxBytes) return FetchResponse.Failed(url, finalUrl, TooLarge(body.Length), attempts, status);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResponse.Failed(url, finalUrl, $"timed out reading the body after {body.Length} bytes ({Seconds(options.BodyTimeout)})", attempts, status);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            var expected = declared is { } length ? $" of {length}" : "";
            return FetchResponse.Failed(url, finalUrl, $"truncated: the connection closed after {body.Length}{expected} bytes", attempts, status);
        }
        if (declared is { } exact && body.Length != exact)
        {
            return FetchResponse.Failed(url, finalUrl, $"truncated: {body.Length} of {exact} bytes", attempts, status);
        }
        return new FetchResponse(url, finalUrl, FetchOutcome.Fetched, body.ToArray(), contentType?.ToString(), etag, lastModified, attempts, status, null);
    }

    private static void AddValidators(HttpRequestMessage message, CacheValidators validators)
    {
        if (validators.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) message.Headers.IfNoneMatch.Add(tag);
        if (validators.LastModified is { } modified) message.Headers.IfModifiedSince = modified;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static Uri? RedirectTarget(Uri current, HttpResponseMessage response) =>
        response.Headers.Location is { } location ? UrlNormalizer.Normalize(new Uri(current, location)) : null;

    private static int AttemptsOf(HttpRequestMessage message) =>
        message.Options.TryGetValue(FetchingServices.Attempts, out var attempts) ? attempts : 1;

    private static string Tries(int attempts) => attempts == 1 ? "1 attempt" : $"{attempts} attempts";

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.###} s";

    private string TooLarge(long bytes) => $"too large: {bytes} bytes (limit {options.MaxBytes})";
}
