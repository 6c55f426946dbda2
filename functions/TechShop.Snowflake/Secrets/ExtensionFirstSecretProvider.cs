namespace TechShop.Snowflake.Secrets;

/// <summary>
/// The production choice: the Parameters and Secrets extension when it is attached (cached, no SDK), else a
/// signed GetSecretValue call. Once the extension is found absent, later reads go straight to Secrets Manager.
/// </summary>
public sealed class ExtensionFirstSecretProvider(LambdaExtensionSecretProvider? extension, ISecretProvider direct) : ISecretProvider
{
    private volatile bool _extensionAbsent = extension is null;

    /// <summary>
    /// The default for a Lambda function: the extension on <c>PARAMETERS_SECRETS_EXTENSION_HTTP_PORT</c> (default
    /// 2773) when <c>AWS_SESSION_TOKEN</c> is set, and Secrets Manager in <c>AWS_REGION</c> with the credential chain.
    /// </summary>
    public static ExtensionFirstSecretProvider FromEnvironment(HttpClient http, Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var region = variable("AWS_REGION") ?? variable("AWS_DEFAULT_REGION")
            ?? throw new SecretNotAvailableException("Neither AWS_REGION nor AWS_DEFAULT_REGION is set: the Secrets Manager region is unknown.");
        var token = variable("AWS_SESSION_TOKEN");
        var port = variable("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT") is { Length: > 0 } p ? p : LambdaExtensionSecretProvider.DefaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var extension = string.IsNullOrEmpty(token) ? null : new LambdaExtensionSecretProvider(http, token, new Uri($"http://localhost:{port}/"));
        var endpoint = variable("AWS_ENDPOINT_URL_SECRETS_MANAGER") ?? variable("AWS_ENDPOINT_URL");
        return new ExtensionFirstSecretProvider(
            extension,
            new SecretsManagerSecretProvider(http, region, SecretsManagerSecretProvider.DefaultCredentialsAsync, endpoint is null ? null : new Uri(endpoint)));
    }

    public async Task<string> GetSecretStringAsync(string secretId, CancellationToken cancellationToken = default)
    {
        if (!_extensionAbsent && extension is not null)
        {
            try
            {
                return await extension.GetSecretStringAsync(secretId, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (LambdaExtensionSecretProvider.IsAbsent(ex))
            {
                _extensionAbsent = true;
            }
        }

        return await direct.GetSecretStringAsync(secretId, cancellationToken).ConfigureAwait(false);
    }
}
