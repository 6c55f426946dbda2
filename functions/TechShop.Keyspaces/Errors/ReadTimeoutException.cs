using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Errors;

/// <summary>Read_timeout (0x1200): not enough replicas answered in time; Keyspaces reports read throttling this way.</summary>
public sealed class ReadTimeoutException : CqlServerException
{
    public ReadTimeoutException(string serverMessage, Consistency consistency, int received, int blockFor, bool dataPresent)
        : base(CqlErrorCode.ReadTimeout, serverMessage)
    {
        Consistency = consistency;
        Received = received;
        BlockFor = blockFor;
        DataPresent = dataPresent;
    }

    public Consistency Consistency { get; }

    public int Received { get; }

    public int BlockFor { get; }

    /// <summary>Whether the replica asked for data answered.</summary>
    public bool DataPresent { get; }
}
