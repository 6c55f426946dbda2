using TechShop.Local.Generator;

namespace TechShop.Local.Pipeline;

/// <summary>The settings of one <c>techshop run</c>; every property names its default and its command-line option.</summary>
public sealed record PipelineOptions
{
    /// <summary>The lake bucket of local runs (a folder under <c>lake/</c>).</summary>
    public const string DefaultBucket = "techshop-lake";

    /// <summary><c>--data-dir</c>: where the embedded stores live. Default <c>./.techshop</c>.</summary>
    public string DataDirectory { get; init; } = ".techshop";

    /// <summary><c>--fresh</c>: delete the data directory's stores first. Default false (resume).</summary>
    public bool Fresh { get; init; }

    /// <summary><c>--scale</c>: dataset size relative to Tech Shop's. Default 1.</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary><c>--seed</c>: the generator seed. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary><c>--from</c>: first day of the period. Default 2021-01-01.</summary>
    public DateOnly From { get; init; } = GeneratorOptions.DefaultFrom;

    /// <summary><c>--to</c>: last day of the period. Default 2025-12-31.</summary>
    public DateOnly To { get; init; } = GeneratorOptions.DefaultTo;

    /// <summary><c>--days</c>: the last days of the period streamed through Kafka. Default 30.</summary>
    public int StreamDays { get; init; } = 30;

    /// <summary><c>--rate</c>: events per second produced; null for as fast as it goes. Default null.</summary>
    public double? EventsPerSecond { get; init; }

    /// <summary><c>--bad-rate</c>: share of order events made malformed. Default 0.</summary>
    public double BadRate { get; init; }

    /// <summary><c>--late-rate</c>: share of order events published late. Default 0.02.</summary>
    public double LateRate { get; init; } = 0.02;

    /// <summary><c>--batch-size</c>: records per stream invocation, as the MSK mapping's BatchSize. Default 500.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary><c>--batching-window</c>: the mapping's MaximumBatchingWindow. Default 500 ms.</summary>
    public TimeSpan BatchingWindow { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// <c>--bronze-batch-size</c>: lake notifications per bronze-load invocation, as an S3 → SQS → Lambda mapping's
    /// BatchSize (above 10 SQS needs a batching window). Default 1000.
    /// </summary>
    public int BronzeBatchSize { get; init; } = 1000;

    /// <summary>Cold-path history is landed and built in steps of this many days. Default 365.</summary>
    public int ColdStepDays { get; init; } = 365;

    /// <summary>The lake bucket. Default <see cref="DefaultBucket"/>.</summary>
    public string Bucket { get; init; } = DefaultBucket;

    /// <summary>The first streamed day: <see cref="StreamDays"/> before the end of the period, or its start.</summary>
    public DateOnly StreamFrom => To.AddDays(-(StreamDays - 1)) < From ? From : To.AddDays(-(StreamDays - 1));

    /// <summary>Throws a <see cref="PipelineConfigurationException"/> naming the option when a value is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            throw new PipelineConfigurationException("--data-dir", "expected a directory path");
        }

        if (From > To)
        {
            throw new PipelineConfigurationException("--from", $"expected a day on or before --to ({To:yyyy-MM-dd}), got {From:yyyy-MM-dd}");
        }

        if (StreamDays < 1)
        {
            throw new PipelineConfigurationException("--days", $"expected at least 1 day, got {StreamDays}");
        }

        if (!(Scale > 0) || double.IsInfinity(Scale))
        {
            throw new PipelineConfigurationException("--scale", $"expected a positive number, got {Scale}");
        }

        if (EventsPerSecond is { } rate && (!(rate > 0) || double.IsInfinity(rate)))
        {
            throw new PipelineConfigurationException("--rate", $"expected a positive number of events per second, got {rate}");
        }

        if (!(BadRate is >= 0 and <= 1) || !(LateRate is >= 0 and <= 1))
        {
            throw new PipelineConfigurationException("--bad-rate/--late-rate", "expected a share between 0 and 1");
        }

        if (BatchSize is < 1 or > 10_000)
        {
            throw new PipelineConfigurationException("--batch-size", $"expected 1 to 10,000 (the MSK mapping's range), got {BatchSize}");
        }

        if (BronzeBatchSize is < 1 or > 10_000)
        {
            throw new PipelineConfigurationException("--bronze-batch-size", $"expected 1 to 10,000 (the SQS mapping's range), got {BronzeBatchSize}");
        }

        if (ColdStepDays < 1)
        {
            throw new PipelineConfigurationException(nameof(ColdStepDays), $"expected at least 1 day, got {ColdStepDays}");
        }
    }
}
