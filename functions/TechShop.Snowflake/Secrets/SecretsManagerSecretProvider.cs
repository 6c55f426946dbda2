using System.Net.Http.Headers;
using System.Text.Json;

namespace TechShop.Snowflake.Secrets;

/// <summary>
/// Reads a secret with a SigV4-signed <c>secretsmanager.GetSecretValue</c> call (AWS JSON 1.1 protocol) to
/// <c>https://secretsmanager.&lt;region&gt;.amazonaws.com/</c>, credentials from the AWS credential chain.
/// </summary>
public sealed class SecretsManagerSecretProvider : ISecretProvider
{
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.1");
    private readonly HttpClient _http;
    private readonly string _region;
    private readonly Func<CancellationToken, ValueTask<AwsCredentials>> _credentials;
    private readonly TimeProvider _time;
    private readonly Uri _endpoint;

    /// <summary>Creates the provider; <paramref name="endpoint"/> overrides the regional endpoint (VPC endpoint, LocalStack, tests).</summary>
    public SecretsManagerSecretProvider(HttpClient http, string region, Func<CancellationToken, ValueTask<AwsCredentials>> credentials, Uri? endpoint = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(credentials);
        _http = http;
        _region = region;
        _credentials = credentials;
        _time = time ?? TimeProvider.System;
        _endpoint = endpoint ?? new Uri($"https://secretsmanager.{region}.amazonaws.com/");
    }

    /// <summary>Credentials from AWSSDK.Core's default chain (environment, profile, container, instance metadata).</summary>
    public static async ValueTask<AwsCredentials> DefaultCredentialsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var chain = await Amazon.Runtime.Credentials.DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync().ConfigureAwait(false);
        var current = await chain.GetCredentialsAsync().ConfigureAwait(false);
        return new AwsCredentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null);
    }

    public async Task<string> GetSecretStringAsync(string secretId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretId);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new SecretValueRequest { SecretId = secretId }, SecretsJsonContext.Default.SecretValueRequest);
        var credentials = await _credentials(cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = AmzJson;
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "secretsmanager.GetSecretValue");
        AwsSigV4Signer.Sign(request, payload, credentials, _region, "secretsmanager", _time.GetUtcNow().UtcDateTime);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new SecretNotAvailableException($"Secrets Manager at {_endpoint} could not be reached for secret {secretId}: {ex.Message}", isTransient: true, ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var error = TryParse(body, SecretsJsonContext.Default.AwsErrorResponse);
                var status = (int)response.StatusCode;
                throw new SecretNotAvailableException(
                    $"Secrets Manager refused GetSecretValue for {secretId} with HTTP {status} {error?.Type}: {error?.Message ?? error?.MessageUpper}",
                    isTransient: status is 429 or >= 500 || error?.Type?.EndsWith("ThrottlingException", StringComparison.Ordinal) == true);
            }

            return SecretStringOf(body, secretId, "Secrets Manager");
        }
    }

    internal static string SecretStringOf(byte[] body, string secretId, string source)
    {
        var value = TryParse(body, SecretsJsonContext.Default.SecretValueResponse)
            ?? throw new SecretNotAvailableException($"{source} answered for secret {secretId} with a body that is not a GetSecretValue response.");
        return value.SecretString
            ?? throw new SecretNotAvailableException($"Secret {secretId} holds no SecretString (a binary secret?); a PEM private key must be stored as a string.");
    }

    private static T? TryParse<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
