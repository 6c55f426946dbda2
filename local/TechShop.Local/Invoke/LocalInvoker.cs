using TechShop.Lambda.Hosting;
using TechShop.Lambda.Logging;
using TechShop.Lambda.Metrics;
using TechShop.Lambda.Runtime;

namespace TechShop.Local.Invoke;

/// <summary>
/// Runs a named handler in-process with the same event JSON Lambda would send and a local context (request id,
/// deadline, JSON logs and EMF metrics to <c>logOutput</c>). A handler exception becomes the error body, as on Lambda.
/// </summary>
public sealed class LocalInvoker
{
    /// <summary>The local account id in ARNs, as LocalStack uses.</summary>
    public const string LocalAccountId = "000000000000";

    private readonly LambdaHandlerCatalog catalog;
    private readonly Stream logOutput;
    private readonly TimeProvider time;

    public LocalInvoker(LambdaHandlerCatalog catalog, Stream logOutput, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(logOutput);
        this.catalog = catalog;
        this.logOutput = logOutput;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The invocation timeout (RemainingTime counts down from it); Lambda's maximum by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The memory size the context reports.</summary>
    public int MemoryLimitInMB { get; init; } = 1024;

    /// <summary>
    /// Builds the handler named <paramref name="handlerName"/> and invokes it once.
    /// Throws <see cref="UnknownHandlerException"/> when no such handler is registered.
    /// </summary>
    public async Task<LocalInvocationResult> InvokeAsync(string handlerName, ReadOnlyMemory<byte> eventJson, CancellationToken cancellationToken)
    {
        var handler = catalog.Create(handlerName);
        var requestId = Guid.NewGuid().ToString();
        var logger = new JsonLambdaLogger(logOutput, LambdaLogLevel.Info, time, requestId);
        var metrics = new MetricsLogger(LambdaRuntimeEnvironment.DefaultMetricsNamespace, logOutput, time);
        metrics.AddDimension("Function", handler.Name);
        var context = new LambdaContext(time)
        {
            AwsRequestId = requestId,
            FunctionName = handlerName,
            InvokedFunctionArn = $"arn:aws:lambda:local:{LocalAccountId}:function:{handlerName}",
            MemoryLimitInMB = MemoryLimitInMB,
            Deadline = time.GetUtcNow() + Timeout,
            Logger = logger,
            Metrics = metrics,
        };

        try
        {
            var response = await handler.HandleAsync(eventJson, context, cancellationToken);
            return new LocalInvocationResult(requestId, response, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.Log(LambdaLogLevel.Error, $"Handler '{handlerName}' failed: {e.Message}", e);
            var error = LambdaError.FromException(e);
            return new LocalInvocationResult(requestId, RuntimeApiClient.SerializeError(error), error.ErrorType);
        }
        finally
        {
            metrics.Flush();
        }
    }
}
