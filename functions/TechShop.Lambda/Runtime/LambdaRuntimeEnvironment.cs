using System.Globalization;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Logging;

namespace TechShop.Lambda.Runtime;

/// <summary>The reserved Lambda environment variables the runtime reads at start-up.</summary>
public sealed record LambdaRuntimeEnvironment
{
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";
    public const string HandlerVariable = "_HANDLER";
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";
    public const string RunOnceVariable = "AWS_LAMBDA_DOTNET_DEBUG_RUN_ONCE";

    /// <summary>The CloudWatch namespace of the functions' metrics.</summary>
    public const string DefaultMetricsNamespace = "TechShop";

    /// <summary><c>host:port</c> of the Runtime API, or null when not running under Lambda.</summary>
    public string? RuntimeApi { get; init; }

    /// <summary>The handler name from <c>_HANDLER</c>.</summary>
    public string? Handler { get; init; }

    public string FunctionName { get; init; } = string.Empty;

    public string FunctionVersion { get; init; } = "$LATEST";

    public int MemoryLimitInMB { get; init; }

    public string LogGroupName { get; init; } = string.Empty;

    public string LogStreamName { get; init; } = string.Empty;

    /// <summary>From <c>AWS_LAMBDA_LOG_LEVEL</c>; INFO when unset.</summary>
    public LambdaLogLevel LogLevel { get; init; } = LambdaLogLevel.Info;

    /// <summary><c>AWS_LAMBDA_DOTNET_DEBUG_RUN_ONCE=true</c>: handle one invocation, then exit (as RuntimeSupport does).</summary>
    public bool RunOnce { get; init; }

    public string MetricsNamespace { get; init; } = DefaultMetricsNamespace;

    /// <summary>Reads the variables through <paramref name="variable"/> (the process environment by default).</summary>
    public static LambdaRuntimeEnvironment Read(Func<string, string?>? variable = null)
    {
        variable ??= Environment.GetEnvironmentVariable;
        return new LambdaRuntimeEnvironment
        {
            RuntimeApi = NullIfEmpty(variable(RuntimeApiVariable)),
            Handler = NullIfEmpty(variable(HandlerVariable)),
            FunctionName = variable("AWS_LAMBDA_FUNCTION_NAME") ?? string.Empty,
            FunctionVersion = NullIfEmpty(variable("AWS_LAMBDA_FUNCTION_VERSION")) ?? "$LATEST",
            MemoryLimitInMB = int.TryParse(variable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var mb) ? mb : 0,
            LogGroupName = variable("AWS_LAMBDA_LOG_GROUP_NAME") ?? string.Empty,
            LogStreamName = variable("AWS_LAMBDA_LOG_STREAM_NAME") ?? string.Empty,
            LogLevel = JsonLambdaLogger.ParseLevel(variable("AWS_LAMBDA_LOG_LEVEL")),
            RunOnce = string.Equals(variable(RunOnceVariable), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
