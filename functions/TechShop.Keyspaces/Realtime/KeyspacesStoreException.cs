namespace TechShop.Keyspaces.Realtime;

/// <summary>
/// A realtime store call that will fail again if repeated (an Invalid or Syntax error, a value the column's type
/// cannot hold, a row that does not decode): names the table and the problem.
/// </summary>
public sealed class KeyspacesStoreException : Exception
{
    public KeyspacesStoreException()
    {
    }

    public KeyspacesStoreException(string message)
        : base(message)
    {
    }

    public KeyspacesStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KeyspacesStoreException(string table, string message, Exception innerException)
        : base(message, innerException) => Table = table;

    /// <summary>The table the failed statement was for.</summary>
    public string? Table { get; }
}
