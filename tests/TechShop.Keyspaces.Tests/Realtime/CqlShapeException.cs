namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>A statement the in-memory server refuses, with the CQL error code it answers (Syntax 0x2000, Invalid 0x2200).</summary>
internal sealed class CqlShapeException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
