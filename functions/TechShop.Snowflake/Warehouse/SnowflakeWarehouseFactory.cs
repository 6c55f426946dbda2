using TechShop.Snowflake.Api;
using TechShop.Snowflake.Auth;
using TechShop.Snowflake.Secrets;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// Composes the production warehouse from the function's environment: settings from <c>TECHSHOP_SNOWFLAKE_*</c>
/// and <c>TECHSHOP_LAKE_BUCKET</c>, the private key from the secret named by <c>TECHSHOP_SNOWFLAKE_KEY_SECRET_ARN</c>.
/// </summary>
public static class SnowflakeWarehouseFactory
{
    public const string KeySecretVariable = "TECHSHOP_SNOWFLAKE_KEY_SECRET_ARN";

    /// <summary>Reads the settings and the key (through the secrets extension when attached), and builds the warehouse.</summary>
    public static async Task<SnowflakeWarehouse> CreateFromEnvironmentAsync(HttpClient http, Func<string, string?> variable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return await CreateAsync(http, variable, ExtensionFirstSecretProvider.FromEnvironment(http, variable), null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same with another secret provider (local runs, tests); <paramref name="configure"/> adjusts the client options (timeouts, retries, a PrivateLink URL).</summary>
    public static async Task<SnowflakeWarehouse> CreateAsync(
        HttpClient http,
        Func<string, string?> variable,
        ISecretProvider secrets,
        Func<SnowflakeOptions, SnowflakeOptions>? configure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(variable);
        var options = SnowflakeOptions.FromEnvironment(variable);
        if (configure is not null)
        {
            options = configure(options);
            options.Validate();
        }

        var warehouseOptions = SnowflakeWarehouseOptions.FromEnvironment(variable);
        var secretId = variable(KeySecretVariable);
        if (string.IsNullOrWhiteSpace(secretId))
        {
            throw new SnowflakeConfigurationException($"The setting {KeySecretVariable} (the Secrets Manager secret holding the Snowflake private key) is required and is empty.");
        }

        var key = await SnowflakePrivateKey.LoadAsync(secrets, secretId.Trim(), cancellationToken).ConfigureAwait(false);
        var tokens = new KeyPairJwtTokenSource(key, options.Account, options.User);
        return new SnowflakeWarehouse(new SnowflakeSqlApiClient(http, options, tokens), warehouseOptions);
    }
}
