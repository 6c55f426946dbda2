namespace TechShop.Keyspaces.Protocol;

/// <summary>RESULT kind 0x0005: a DDL statement's effect (CREATED/UPDATED/DROPPED a KEYSPACE/TABLE/TYPE/...).</summary>
public sealed record SchemaChangeResult(
    string ChangeType, string Target, string Keyspace, string? Name, IReadOnlyList<string> ArgumentTypes) : CqlResult;
