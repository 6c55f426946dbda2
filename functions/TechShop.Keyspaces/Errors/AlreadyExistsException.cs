namespace TechShop.Keyspaces.Errors;

/// <summary>Already_exists (0x2400): the keyspace or table being created exists.</summary>
public sealed class AlreadyExistsException : CqlServerException
{
    public AlreadyExistsException(string serverMessage, string keyspace, string table)
        : base(CqlErrorCode.AlreadyExists, serverMessage)
    {
        Keyspace = keyspace;
        Table = table;
    }

    public string Keyspace { get; }

    /// <summary>Empty when the keyspace itself already exists.</summary>
    public string Table { get; }
}
