namespace TechShop.Core.Warehouse;

/// <summary>What a bronze load did: loaded rows, or nothing because the audit had the object already.</summary>
public sealed record BronzeLoadOutcome(BronzeObject Source, long RowsLoaded, bool AlreadyLoaded);
