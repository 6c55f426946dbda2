namespace TechShop.Local.Generator;

/// <summary>Which slice of the dataset to stream, and how imperfect the stream is.</summary>
public sealed record EventStreamOptions
{
    /// <summary>First day streamed, inclusive; null for the dataset's first day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day streamed, inclusive; null for the dataset's last day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Share of order events, in [0, 1], published late (after events with later event times). Default 0.02.</summary>
    public double LateRate { get; init; } = 0.02;

    /// <summary>Share of order events, in [0, 1], made malformed, spread evenly over <see cref="BadRecordPlan.Kinds"/>. Default 0.</summary>
    public double BadRate { get; init; }

    /// <summary>Fails with an <see cref="ArgumentException"/> naming the option when a value is out of range.</summary>
    public void Validate()
    {
        if (!(LateRate is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LateRate), LateRate, "LateRate must be between 0 and 1.");
        }

        if (!(BadRate is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(BadRate), BadRate, "BadRate must be between 0 and 1.");
        }

        if (From is { } from && To is { } to && from > to)
        {
            throw new ArgumentException($"From ({from:yyyy-MM-dd}) must not be after To ({to:yyyy-MM-dd}).", nameof(From));
        }
    }
}
