using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Errors;

/// <summary>Write_failure (0x1500): a replica failed (not timed out) while writing.</summary>
public sealed class WriteFailureException : CqlServerException
{
    public WriteFailureException(string serverMessage, Consistency consistency, int received, int blockFor, int failures, string writeType)
        : base(CqlErrorCode.WriteFailure, serverMessage)
    {
        Consistency = consistency;
        Received = received;
        BlockFor = blockFor;
        Failures = failures;
        WriteType = writeType;
    }

    public Consistency Consistency { get; }

    public int Received { get; }

    public int BlockFor { get; }

    public int Failures { get; }

    public string WriteType { get; }
}
