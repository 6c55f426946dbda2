using TechShop.Core.Enrichment;
using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

/// <summary>A batch processor over a flaky in-memory store and a memory lake, with a fixed clock and recorded, instant backoff.</summary>
internal sealed class ProcessorHarness
{
    public static readonly DateTime Now = TestOrders.EventTime.AddMilliseconds(2500);

    public ProcessorHarness(int maxAttempts = 3, StreamBatchOptions? options = null)
    {
        Batch = new BatchBuilder(Decoder);
        var backoff = new Backoff(
            new RetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromSeconds(1) },
            (delay, _) =>
            {
                lock (Delays)
                {
                    Delays.Add(delay);
                }

                return Task.CompletedTask;
            },
            () => 0.5);
        Processor = new StreamBatchProcessor(Decoder, Store, new LakeDeadLetterSink(Lake), Rates, new FixedClock(Now), backoff, options);
    }

    public TestDecoder Decoder { get; } = new();

    public FlakyStore Store { get; } = new();

    public MemoryLake Lake { get; } = new();

    public FxRateTable Rates { get; } = new();

    public BatchBuilder Batch { get; }

    public List<TimeSpan> Delays { get; } = [];

    public StreamBatchProcessor Processor { get; }

    public Task<StreamBatchOutcome> RunAsync() => Processor.ProcessAsync(Batch.Records);
}
