namespace TechShop.Snowflake.Api;

/// <summary>A Snowflake setting is missing or wrong; the message names the setting and what was expected.</summary>
public sealed class SnowflakeConfigurationException : Exception
{
    public SnowflakeConfigurationException(string message)
        : base(message)
    {
    }

    public SnowflakeConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SnowflakeConfigurationException()
    {
    }
}
