using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Errors;

/// <summary>Write_timeout (0x1100): the write was not acknowledged in time; Keyspaces reports write throttling this way.</summary>
public sealed class WriteTimeoutException : CqlServerException
{
    public WriteTimeoutException(string serverMessage, Consistency consistency, int received, int blockFor, string writeType)
        : base(CqlErrorCode.WriteTimeout, serverMessage)
    {
        Consistency = consistency;
        Received = received;
        BlockFor = blockFor;
        WriteType = writeType;
    }

    public Consistency Consistency { get; }

    /// <summary>Replicas that acknowledged.</summary>
    public int Received { get; }

    /// <summary>Acknowledgements required.</summary>
    public int BlockFor { get; }

    /// <summary>SIMPLE, BATCH, UNLOGGED_BATCH, COUNTER or BATCH_LOG.</summary>
    public string WriteType { get; }
}
