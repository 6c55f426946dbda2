using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Errors;

/// <summary>Read_failure (0x1300): a replica failed (not timed out) while reading.</summary>
public sealed class ReadFailureException : CqlServerException
{
    public ReadFailureException(string serverMessage, Consistency consistency, int received, int blockFor, int failures, bool dataPresent)
        : base(CqlErrorCode.ReadFailure, serverMessage)
    {
        Consistency = consistency;
        Received = received;
        BlockFor = blockFor;
        Failures = failures;
        DataPresent = dataPresent;
    }

    public Consistency Consistency { get; }

    public int Received { get; }

    public int BlockFor { get; }

    public int Failures { get; }

    public bool DataPresent { get; }
}
