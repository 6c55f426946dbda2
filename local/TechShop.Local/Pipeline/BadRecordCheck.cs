namespace TechShop.Local.Pipeline;

/// <summary>The malformed records the generator emitted per kind vs the dead letters found per reason.</summary>
public sealed record BadRecordCheck(IReadOnlyDictionary<string, long> Expected, IReadOnlyDictionary<string, long> DeadLettered)
{
    /// <summary>Each kind was dead-lettered exactly as often as it was emitted, and nothing else was.</summary>
    public bool Matches =>
        Expected.Where(e => e.Value > 0).All(e => DeadLettered.GetValueOrDefault(e.Key) == e.Value)
        && DeadLettered.All(d => Expected.GetValueOrDefault(d.Key) == d.Value);
}
