using TechShop.Keyspaces.Session;

namespace TechShop.Keyspaces.Protocol;

/// <summary>RESULT kind 0x0002: a page of rows.</summary>
public sealed record RowsResult(RowSet Rows) : CqlResult;
