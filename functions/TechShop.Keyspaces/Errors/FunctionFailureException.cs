namespace TechShop.Keyspaces.Errors;

/// <summary>Function_failure (0x1400): a user-defined function failed.</summary>
public sealed class FunctionFailureException : CqlServerException
{
    public FunctionFailureException(string serverMessage, string keyspace, string function, IReadOnlyList<string> argumentTypes)
        : base(CqlErrorCode.FunctionFailure, serverMessage)
    {
        Keyspace = keyspace;
        Function = function;
        ArgumentTypes = argumentTypes;
    }

    public string Keyspace { get; }

    public string Function { get; }

    public IReadOnlyList<string> ArgumentTypes { get; }
}
