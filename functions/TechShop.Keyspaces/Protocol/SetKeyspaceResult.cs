namespace TechShop.Keyspaces.Protocol;

/// <summary>RESULT kind 0x0003: the answer to USE.</summary>
public sealed record SetKeyspaceResult(string Keyspace) : CqlResult;
