namespace TechShop.Snowflake.Auth;

/// <summary>Supplies the bearer token of every SQL API request.</summary>
public interface ISnowflakeTokenSource
{
    /// <summary>The value of <c>X-Snowflake-Authorization-Token-Type</c>, for example <c>KEYPAIR_JWT</c>.</summary>
    string TokenType { get; }

    /// <summary>A valid token; <paramref name="forceRenew"/> replaces the cached one (after a 401).</summary>
    ValueTask<string> GetTokenAsync(bool forceRenew, CancellationToken cancellationToken);
}
