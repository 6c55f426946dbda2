using System.Globalization;

namespace TechShop.Snowflake.Api;

/// <summary>
/// Where and how the SQL API client connects. Every property documents its default and, where it has one, the
/// environment variable it is read from by <see cref="FromEnvironment"/>.
/// </summary>
public sealed record SnowflakeOptions
{
    /// <summary>Account identifier, <c>orgname-accountname</c> (preferred) or <c>locator.region.cloud</c>. Required; <c>TECHSHOP_SNOWFLAKE_ACCOUNT</c>.</summary>
    public required string Account { get; init; }

    /// <summary>The user the key pair is registered to. Required; <c>TECHSHOP_SNOWFLAKE_USER</c>.</summary>
    public required string User { get; init; }

    /// <summary>Role for every statement; null = the user's default role. <c>TECHSHOP_SNOWFLAKE_ROLE</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Warehouse for every statement; null = the user's default warehouse. <c>TECHSHOP_SNOWFLAKE_WAREHOUSE</c>.</summary>
    public string? Warehouse { get; init; }

    /// <summary>Database for every statement; null = the user's default namespace. <c>TECHSHOP_SNOWFLAKE_DATABASE</c>.</summary>
    public string? Database { get; init; }

    /// <summary>Schema for every statement; null = none (statements qualify their names). <c>TECHSHOP_SNOWFLAKE_SCHEMA</c>.</summary>
    public string? Schema { get; init; }

    /// <summary>Server URL; null (default) = <c>https://&lt;account&gt;.snowflakecomputing.com</c>. Set it for PrivateLink or tests.</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>The statement's <c>timeout</c> sent to Snowflake. Default 10 minutes; zero = Snowflake's maximum (7 days).</summary>
    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one HTTP exchange may take before its outcome counts as unknown. Default 60 s (sync mode answers within ~45 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a transient failure (timeout, transport error, 429, 5xx) is retried per request. Default 6.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>First backoff delay; doubles per retry, jittered. Default 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Ceiling of the backoff delay. Default 30 s.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First delay between status polls of a running statement; doubles up to <see cref="PollMaxDelay"/>. Default 200 ms.</summary>
    public TimeSpan PollInitialDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Ceiling of the delay between status polls. Default 5 s.</summary>
    public TimeSpan PollMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The User-Agent header the SQL API requires. Default <c>TechShop.Serverless/1.0</c>.</summary>
    public string UserAgent { get; init; } = "TechShop.Serverless/1.0";

    /// <summary>QUERY_TAG parameter on every statement, shown in Snowflake's query history; null = none. Default <c>techshop</c>.</summary>
    public string? QueryTag { get; init; } = "techshop";

    /// <summary>The URL the client talks to: <see cref="BaseAddress"/> or the one derived from <see cref="Account"/>.</summary>
    public Uri ResolveBaseAddress() => BaseAddress ?? SnowflakeAccount.HostUri(Account);

    /// <summary>Fails with the name of the first wrong setting, before the first statement.</summary>
    public void Validate()
    {
        Require(Account, "Account (TECHSHOP_SNOWFLAKE_ACCOUNT)");
        Require(User, "User (TECHSHOP_SNOWFLAKE_USER)");
        Positive(RequestTimeout, nameof(RequestTimeout));
        Positive(RetryBaseDelay, nameof(RetryBaseDelay));
        Positive(PollInitialDelay, nameof(PollInitialDelay));
        if (StatementTimeout < TimeSpan.Zero || StatementTimeout > TimeSpan.FromSeconds(604800))
        {
            throw new SnowflakeConfigurationException($"StatementTimeout must be between 0 and 604800 seconds; it is {StatementTimeout.TotalSeconds} s.");
        }

        if (MaxRetries < 0)
        {
            throw new SnowflakeConfigurationException($"MaxRetries must be 0 or more; it is {MaxRetries}.");
        }

        if (RetryMaxDelay < RetryBaseDelay || PollMaxDelay < PollInitialDelay)
        {
            throw new SnowflakeConfigurationException("RetryMaxDelay and PollMaxDelay must not be below RetryBaseDelay and PollInitialDelay.");
        }

        Require(UserAgent, nameof(UserAgent));
    }

    /// <summary>Reads the <c>TECHSHOP_SNOWFLAKE_*</c> variables (none of them secret) and validates the result.</summary>
    public static SnowflakeOptions FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var options = new SnowflakeOptions
        {
            Account = variable("TECHSHOP_SNOWFLAKE_ACCOUNT") ?? "",
            User = variable("TECHSHOP_SNOWFLAKE_USER") ?? "",
            Role = Blank(variable("TECHSHOP_SNOWFLAKE_ROLE")),
            Warehouse = Blank(variable("TECHSHOP_SNOWFLAKE_WAREHOUSE")),
            Database = Blank(variable("TECHSHOP_SNOWFLAKE_DATABASE")),
            Schema = Blank(variable("TECHSHOP_SNOWFLAKE_SCHEMA")),
        };
        options.Validate();
        return options;
    }

    internal int StatementTimeoutSeconds => (int)Math.Ceiling(StatementTimeout.TotalSeconds);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new SnowflakeConfigurationException($"The Snowflake setting {name} is required and is empty.");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new SnowflakeConfigurationException(
                string.Create(CultureInfo.InvariantCulture, $"The Snowflake setting {name} must be positive; it is {value}."));
        }
    }
}
