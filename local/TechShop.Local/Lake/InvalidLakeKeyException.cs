namespace TechShop.Local.Lake;

/// <summary>A key that cannot name an object in a folder lake (empty, absolute, or escaping the bucket folder).</summary>
public sealed class InvalidLakeKeyException : ArgumentException
{
    public InvalidLakeKeyException(string key, string reason)
        : base($"Lake key '{key}' is not valid: {reason}.", nameof(key))
    {
        Key = key;
    }

    public string Key { get; }
}
