namespace TechShop.Keyspaces.Realtime;

/// <summary>
/// A column of a realtime table: its name and CQL type as the DDL spells them. <see cref="KeepWhenNull"/> marks a
/// column only some writes set: a null value is bound as "not set", so the stored value stays.
/// </summary>
public sealed record RealtimeColumn(string Name, string CqlType, bool KeepWhenNull = false);
