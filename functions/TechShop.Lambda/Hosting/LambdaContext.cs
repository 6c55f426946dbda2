using TechShop.Lambda.Metrics;

namespace TechShop.Lambda.Hosting;

/// <summary>The context of one invocation, built by the Runtime API loop or by the local invoker.</summary>
public sealed class LambdaContext : ILambdaContext
{
    private readonly TimeProvider time;

    public LambdaContext(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
    }

    public required string AwsRequestId { get; init; }

    public required string FunctionName { get; init; }

    public string FunctionVersion { get; init; } = "$LATEST";

    public required string InvokedFunctionArn { get; init; }

    public string LogGroupName { get; init; } = string.Empty;

    public string LogStreamName { get; init; } = string.Empty;

    public int MemoryLimitInMB { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public string? TraceId { get; init; }

    public string? TenantId { get; init; }

    public required ILambdaLogger Logger { get; init; }

    public required MetricsLogger Metrics { get; init; }

    public TimeSpan RemainingTime
    {
        get
        {
            var left = Deadline - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }
}
