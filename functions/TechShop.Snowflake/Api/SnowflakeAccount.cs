namespace TechShop.Snowflake.Api;

/// <summary>The two spellings of an account identifier: the server host, and the account name inside the JWT.</summary>
public static class SnowflakeAccount
{
    private const string Domain = ".snowflakecomputing.com";

    /// <summary>
    /// <c>https://&lt;identifier&gt;.snowflakecomputing.com</c>, lower case, <c>_</c> as <c>-</c> (underscores are not
    /// valid in host names); a pasted full host name is accepted as is.
    /// </summary>
    public static Uri HostUri(string accountIdentifier)
    {
        var host = Bare(accountIdentifier).Replace('_', '-').ToLowerInvariant();
        return new Uri("https://" + host + Domain + "/");
    }

    /// <summary>
    /// The account part of the JWT's <c>iss</c> and <c>sub</c>: upper case; with <c>.global</c> cut at the first
    /// <c>-</c>, otherwise cut at the first <c>.</c> (drops <c>.region.cloud</c> of a locator).
    /// </summary>
    public static string JwtAccountName(string accountIdentifier)
    {
        var account = Bare(accountIdentifier);
        var cut = account.Contains(".global", StringComparison.OrdinalIgnoreCase) ? account.IndexOf('-', StringComparison.Ordinal) : account.IndexOf('.', StringComparison.Ordinal);
        if (cut > 0)
        {
            account = account[..cut];
        }

        return account.ToUpperInvariant();
    }

    private static string Bare(string accountIdentifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountIdentifier);
        var account = accountIdentifier.Trim();
        if (account.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            account = account["https://".Length..].TrimEnd('/');
        }

        return account.EndsWith(Domain, StringComparison.OrdinalIgnoreCase) ? account[..^Domain.Length] : account;
    }
}
