namespace TechShop.Avro.Compatibility;

/// <summary>Confluent compatibility levels (the registry's <c>compatibility</c> config values, SCREAMING_SNAKE on the wire).</summary>
public enum CompatibilityLevel
{
    None = 0,
    Backward = 1,
    BackwardTransitive = 2,
    Forward = 3,
    ForwardTransitive = 4,
    Full = 5,
    FullTransitive = 6,
}
