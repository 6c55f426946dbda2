using TechShop.Core.Warehouse;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// What bronze-load will do with an invocation's records before it touches the warehouse: the outcome of every record it
/// skips (null for a record to load) and the distinct objects of the batch.
/// </summary>
internal sealed record BronzeLoadPlan(BronzeRecordOutcome?[] Outcomes, IReadOnlyList<BronzeObject> Sources);
