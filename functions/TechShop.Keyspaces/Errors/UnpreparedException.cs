namespace TechShop.Keyspaces.Errors;

/// <summary>Unprepared (0x2500): the node does not know the prepared id; the session re-prepares and retries.</summary>
public sealed class UnpreparedException : CqlServerException
{
    public UnpreparedException(string serverMessage, byte[] statementId)
        : base(CqlErrorCode.Unprepared, serverMessage)
    {
        StatementId = statementId;
    }

    /// <summary>The prepared id the node does not know.</summary>
    public IReadOnlyList<byte> StatementId { get; }
}
