using System.Net.Sockets;

namespace TechShop.Snowflake.Secrets;

/// <summary>
/// Reads a secret through the AWS Parameters and Secrets Lambda extension: <c>GET
/// http://localhost:&lt;port&gt;/secretsmanager/get?secretId=...</c> with <c>X-Aws-Parameters-Secrets-Token</c>
/// set to the function's session token; the extension caches and answers with GetSecretValue's JSON.
/// </summary>
public sealed class LambdaExtensionSecretProvider : ISecretProvider
{
    /// <summary>The extension's default port (<c>PARAMETERS_SECRETS_EXTENSION_HTTP_PORT</c> changes it).</summary>
    public const int DefaultPort = 2773;

    private readonly HttpClient _http;
    private readonly string _sessionToken;
    private readonly Uri _baseAddress;

    /// <summary>Creates the provider; <paramref name="sessionToken"/> is <c>AWS_SESSION_TOKEN</c>.</summary>
    public LambdaExtensionSecretProvider(HttpClient http, string sessionToken, Uri? baseAddress = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionToken);
        _http = http;
        _sessionToken = sessionToken;
        _baseAddress = baseAddress ?? new Uri($"http://localhost:{DefaultPort}/");
    }

    public async Task<string> GetSecretStringAsync(string secretId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretId);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseAddress, "secretsmanager/get?secretId=" + Uri.EscapeDataString(secretId)));
        request.Headers.TryAddWithoutValidation("X-Aws-Parameters-Secrets-Token", _sessionToken);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            throw new SecretNotAvailableException(
                $"The Parameters and Secrets extension refused secret {secretId} with HTTP {status}: {System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300))}",
                isTransient: status is 429 or >= 500);
        }

        return SecretsManagerSecretProvider.SecretStringOf(body, secretId, "The Parameters and Secrets extension");
    }

    /// <summary>True when nothing listens on the extension's port (the layer is not attached).</summary>
    internal static bool IsAbsent(HttpRequestException exception) =>
        exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
        || exception.HttpRequestError == HttpRequestError.ConnectionError;
}
