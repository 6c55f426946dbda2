using System.IO.Compression;
using System.Net.Http.Headers;
using TechShop.Snowflake.Auth;

namespace TechShop.Snowflake.Api;

/// <summary>
/// One HTTP exchange with the SQL API, with the retry rules of the protocol: throttling and server errors back off
/// with jitter; an unknown outcome (timeout, transport error, 5xx) marks the submission for <c>retry=true</c>;
/// a 401 renews the token once; every other refusal is permanent.
/// </summary>
internal sealed class SqlApiTransport(HttpClient http, SnowflakeOptions options, ISnowflakeTokenSource tokens)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Sends until Snowflake answers 200, 202, 408 or 422; <paramref name="uri"/> gets whether to add <c>retry=true</c>.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, Func<bool, Uri> uri, byte[]? body, string requestId, CancellationToken cancellationToken)
    {
        var outcomeUnknown = false;
        var renewedToken = false;
        var forceRenew = false;
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetTokenAsync(forceRenew, cancellationToken).ConfigureAwait(false);
            forceRenew = false;
            using var request = new HttpRequestMessage(method, uri(outcomeUnknown));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.TryAddWithoutValidation("X-Snowflake-Authorization-Token-Type", tokens.TokenType);
            request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = Json;
            }

            int? status = null;
            Exception? failure;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(options.RequestTimeout);
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                    status = (int)response.StatusCode;
                    var bytes = await ReadBodyAsync(response, timeout.Token).ConfigureAwait(false);
                    switch (status)
                    {
                        case 200 or 202 or 408 or 422:
                            return new ApiResponse(status.Value, bytes);
                        case 401 when !renewedToken:
                            renewedToken = true;
                            forceRenew = true;
                            attempt--;
                            continue;
                        case 429:
                            failure = null;
                            break;
                        case >= 500:
                            outcomeUnknown = true;
                            failure = null;
                            break;
                        default:
                            throw new SnowflakeRequestException(
                                $"The Snowflake SQL API refused {method} {request.RequestUri?.AbsolutePath} with HTTP {status}: {Excerpt(bytes)}",
                                status,
                                requestId,
                                isTransient: false);
                    }
                }
                catch (HttpRequestException ex)
                {
                    outcomeUnknown = true;
                    failure = ex;
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    outcomeUnknown = true;
                    failure = ex;
                }
            }

            if (attempt >= options.MaxRetries)
            {
                throw new SnowflakeRequestException(
                    $"The Snowflake SQL API did not answer {method} {request.RequestUri?.AbsolutePath} after {attempt + 1} attempts (last: {(status is null ? failure?.GetType().Name : "HTTP " + status)}); requestId {requestId}.",
                    status,
                    requestId,
                    isTransient: true,
                    failure);
            }

            await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Exponential backoff with equal jitter: half the step fixed, half random, so retries spread out.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var step = Math.Min(options.RetryMaxDelay.TotalMilliseconds, options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 20)));
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return TimeSpan.FromMilliseconds((step / 2) + (Random.Shared.NextDouble() * step / 2));
#pragma warning restore CA5394
    }

    /// <summary>The body, gunzipped when the server compressed it and the handler did not already undo that.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
        {
            return bytes;
        }

        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream(bytes.Length * 4);
        await gzip.CopyToAsync(plain, cancellationToken).ConfigureAwait(false);
        return plain.ToArray();
    }

    internal static string Excerpt(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 500));
        return text.Length == 0 ? "(empty body)" : text;
    }
}

/// <summary>A final answer of the SQL API: its status and (decompressed) body.</summary>
internal readonly record struct ApiResponse(int Status, byte[] Body);
