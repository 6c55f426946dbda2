namespace TechShop.Infra.Configuration;

/// <summary>A CDK context value that is missing or malformed; names the key, what was expected and what was found.</summary>
public sealed class InvalidContextException : Exception
{
    public InvalidContextException(string key, string expected, object? actual)
        : base($"Context key '{key}' expected {expected}, got {Describe(actual)}.")
    {
        Key = key;
        Expected = expected;
    }

    public InvalidContextException()
    {
        Key = string.Empty;
        Expected = string.Empty;
    }

    public InvalidContextException(string message) : base(message)
    {
        Key = string.Empty;
        Expected = string.Empty;
    }

    public InvalidContextException(string message, Exception innerException) : base(message, innerException)
    {
        Key = string.Empty;
        Expected = string.Empty;
    }

    /// <summary>The context key at fault.</summary>
    public string Key { get; }

    /// <summary>What the key should hold.</summary>
    public string Expected { get; }

    private static string Describe(object? actual) => actual is null ? "nothing" : $"'{actual}'";
}
