using TechShop.Lambda.Metrics;

namespace TechShop.Lambda.Hosting;

/// <summary>What a handler knows about its invocation; names follow <c>Amazon.Lambda.Core.ILambdaContext</c>.</summary>
public interface ILambdaContext
{
    /// <summary>The invocation's request id (<c>Lambda-Runtime-Aws-Request-Id</c>).</summary>
    string AwsRequestId { get; }

    string FunctionName { get; }

    string FunctionVersion { get; }

    /// <summary>The ARN used to invoke the function (it may carry a version or alias).</summary>
    string InvokedFunctionArn { get; }

    string LogGroupName { get; }

    string LogStreamName { get; }

    int MemoryLimitInMB { get; }

    /// <summary>Time left before Lambda stops the invocation.</summary>
    TimeSpan RemainingTime { get; }

    /// <summary>When Lambda stops the invocation (<c>Lambda-Runtime-Deadline-Ms</c>).</summary>
    DateTimeOffset Deadline { get; }

    /// <summary>The X-Ray trace header (<c>Root=...;Parent=...;Sampled=...</c>), also in <c>_X_AMZN_TRACE_ID</c>.</summary>
    string? TraceId { get; }

    /// <summary>The tenant id for functions with tenant isolation, else null.</summary>
    string? TenantId { get; }

    /// <summary>Structured JSON log lines tagged with this invocation's request id.</summary>
    ILambdaLogger Logger { get; }

    /// <summary>Metrics in CloudWatch Embedded Metric Format, flushed by the host when the invocation ends.</summary>
    MetricsLogger Metrics { get; }
}
