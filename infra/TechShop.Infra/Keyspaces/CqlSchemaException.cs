namespace TechShop.Infra.Keyspaces;

/// <summary>A Keyspaces DDL file outside the subset CONTRACTS.md defines; the message names the file and the statement.</summary>
public sealed class CqlSchemaException : Exception
{
    public CqlSchemaException()
    {
    }

    public CqlSchemaException(string message) : base(message)
    {
    }

    public CqlSchemaException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
