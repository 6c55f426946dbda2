namespace TechShop.Keyspaces.Protocol;

/// <summary>RESULT kind 0x0004: the prepared id, bind metadata and result metadata.</summary>
public sealed record PreparedResult(byte[] Id, PreparedMetadata Variables, RowsMetadata ResultMetadata) : CqlResult;
