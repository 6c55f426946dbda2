namespace TechShop.Local.Generator;

/// <summary>What to generate: the seed, the size and the period of the Tech Shop dataset.</summary>
public sealed record GeneratorOptions
{
    /// <summary>First day of the default period.</summary>
    public static readonly DateOnly DefaultFrom = new(2021, 1, 1);

    /// <summary>Last day of the default period.</summary>
    public static readonly DateOnly DefaultTo = new(2025, 12, 31);

    /// <summary>The seed: the same seed and options give the same dataset, byte for byte. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Multiplies customers and orders (1 = the Tech Shop profile). Must be positive. Default 1.</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>First day of the period, inclusive. Default 2021-01-01.</summary>
    public DateOnly From { get; init; } = DefaultFrom;

    /// <summary>Last day of the period, inclusive. Default 2025-12-31.</summary>
    public DateOnly To { get; init; } = DefaultTo;

    /// <summary>Fails with an <see cref="ArgumentException"/> naming the option when a value is out of range.</summary>
    public void Validate()
    {
        if (!(Scale > 0) || double.IsInfinity(Scale))
        {
            throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "Scale must be a positive number.");
        }

        if (From > To)
        {
            throw new ArgumentException($"From ({From:yyyy-MM-dd}) must not be after To ({To:yyyy-MM-dd}).", nameof(From));
        }
    }
}
