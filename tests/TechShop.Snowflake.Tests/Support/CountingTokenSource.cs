using TechShop.Snowflake.Auth;

namespace TechShop.Snowflake.Tests;

/// <summary>Hands out token-1, token-2, ...: a new one only when asked to renew, so a test sees which token went where.</summary>
internal sealed class CountingTokenSource : ISnowflakeTokenSource
{
    private int _issued = 1;

    public int Renewals { get; private set; }

    public string TokenType => "KEYPAIR_JWT";

    public ValueTask<string> GetTokenAsync(bool forceRenew, CancellationToken cancellationToken)
    {
        if (forceRenew)
        {
            Renewals++;
            _issued++;
        }

        return ValueTask.FromResult("token-" + _issued);
    }
}
