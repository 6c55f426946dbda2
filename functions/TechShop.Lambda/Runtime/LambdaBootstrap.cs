using TechShop.Lambda.Hosting;
using TechShop.Lambda.Logging;
using TechShop.Lambda.Metrics;

namespace TechShop.Lambda.Runtime;

/// <summary>
/// The custom runtime: builds the handler named by <c>_HANDLER</c> (or reports <c>init/error</c> and exits
/// non-zero), then loops on the Runtime API: next, handle, response or error.
/// </summary>
public sealed class LambdaBootstrap
{
    /// <summary>Exit code after an initialization error (reported to <c>/runtime/init/error</c>).</summary>
    public const int InitializationFailedExitCode = 1;

    /// <summary>Exit code when the Runtime API fails or is not configured: the container is broken.</summary>
    public const int RuntimeApiFailedExitCode = 2;

    private readonly RuntimeApiClient client;
    private readonly LambdaHandlerCatalog catalog;
    private readonly LambdaRuntimeEnvironment environment;
    private readonly Stream logOutput;
    private readonly TimeProvider time;

    public LambdaBootstrap(
        RuntimeApiClient client, LambdaHandlerCatalog catalog, LambdaRuntimeEnvironment environment, Stream logOutput, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(logOutput);
        ArgumentNullException.ThrowIfNull(time);
        this.client = client;
        this.catalog = catalog;
        this.environment = environment;
        this.logOutput = logOutput;
        this.time = time;
    }

    /// <summary>The <c>bootstrap</c> entry point: runs <paramref name="catalog"/>'s handlers under the process environment.</summary>
    public static async Task<int> RunAsync(LambdaHandlerCatalog catalog, CancellationToken cancellationToken = default)
    {
        var environment = LambdaRuntimeEnvironment.Read();
        using var stdout = Console.OpenStandardOutput();
        if (environment.RuntimeApi is null)
        {
            new JsonLambdaLogger(stdout, LambdaLogLevel.Info, TimeProvider.System, null).Log(
                LambdaLogLevel.Fatal,
                $"{LambdaRuntimeEnvironment.RuntimeApiVariable} is not set: this bootstrap runs under AWS Lambda (or the Runtime Interface Emulator). Use `techshop invoke` to run a handler locally.");
            return RuntimeApiFailedExitCode;
        }

        using var client = new RuntimeApiClient(environment.RuntimeApi);
        return await new LambdaBootstrap(client, catalog, environment, stdout, TimeProvider.System).RunAsync(cancellationToken);
    }

    /// <summary>Initializes the handler, then handles invocations until cancelled (or after one, in run-once mode).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var log = new JsonLambdaLogger(logOutput, environment.LogLevel, time, null);
        ILambdaHandler handler;
        try
        {
            handler = catalog.Create(environment.Handler);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.Log(LambdaLogLevel.Fatal, $"Initialization failed: {e.Message}", e);
            try
            {
                await client.ReportInitializationErrorAsync(LambdaError.FromException(e), cancellationToken);
            }
            catch (Exception report) when (report is HttpRequestException or RuntimeApiException)
            {
                log.Log(LambdaLogLevel.Fatal, "Could not report the initialization error to the Runtime API.", report);
            }

            return InitializationFailedExitCode;
        }

        try
        {
            do
            {
                await InvokeOnceAsync(handler, cancellationToken);
            }
            while (!environment.RunOnce && !cancellationToken.IsCancellationRequested);
        }
        catch (Exception e) when (e is HttpRequestException or RuntimeApiException)
        {
            log.Log(LambdaLogLevel.Fatal, "The Runtime API failed; exiting so that Lambda replaces this environment.", e);
            return RuntimeApiFailedExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }

        return 0;
    }

    /// <summary>Waits for one invocation, runs the handler, and posts its response or error.</summary>
    public async Task InvokeOnceAsync(ILambdaHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var invocation = await client.GetNextInvocationAsync(cancellationToken);

        // Single concurrency: the process-wide variable is what the X-Ray and AWS SDKs read.
        Environment.SetEnvironmentVariable(LambdaRuntimeEnvironment.TraceIdVariable, invocation.TraceId);
        var logger = new JsonLambdaLogger(logOutput, environment.LogLevel, time, invocation.RequestId);
        var metrics = new MetricsLogger(environment.MetricsNamespace, logOutput, time);

        // The metric contract (docs/dashboards.md) names the handler, not the deployed function: one series per handler.
        metrics.AddDimension("Function", handler.Name);

        var context = new LambdaContext(time)
        {
            AwsRequestId = invocation.RequestId,
            FunctionName = environment.FunctionName,
            FunctionVersion = environment.FunctionVersion,
            InvokedFunctionArn = invocation.InvokedFunctionArn ?? string.Empty,
            LogGroupName = environment.LogGroupName,
            LogStreamName = environment.LogStreamName,
            MemoryLimitInMB = environment.MemoryLimitInMB,
            Deadline = invocation.Deadline,
            TraceId = invocation.TraceId,
            TenantId = invocation.TenantId,
            Logger = logger,
            Metrics = metrics,
        };

        ReadOnlyMemory<byte> response;
        try
        {
            response = await handler.HandleAsync(invocation.EventJson, context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.Log(LambdaLogLevel.Error, $"Handler '{handler.Name}' failed: {e.Message}", e);
            metrics.Flush();
            await client.ReportInvocationErrorAsync(invocation.RequestId, LambdaError.FromException(e), cancellationToken);
            return;
        }

        metrics.Flush();
        if (!await client.SendResponseAsync(invocation.RequestId, response, cancellationToken))
        {
            var tooLarge = new LambdaError
            {
                ErrorType = "Function.ResponseSizeTooLarge",
                ErrorMessage = $"Handler '{handler.Name}' returned {response.Length} bytes, more than Lambda accepts.",
            };
            logger.Log(LambdaLogLevel.Error, tooLarge.ErrorMessage);
            await client.ReportInvocationErrorAsync(invocation.RequestId, tooLarge, cancellationToken);
        }
    }
}
