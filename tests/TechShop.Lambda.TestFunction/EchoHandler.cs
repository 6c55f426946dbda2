using System.Buffers;
using System.Text.Json;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Metrics;

namespace TechShop.Lambda.TestFunction;

/// <summary>Answers with the event and what the context and environment said about the invocation.</summary>
public sealed class EchoHandler : ILambdaHandler
{
    public const string HandlerName = "echo";

    public string Name => HandlerName;

    public Task<ReadOnlyMemory<byte>> HandleAsync(ReadOnlyMemory<byte> eventJson, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Logger.LogInformation("echoing");
        context.Metrics.AddMetric("EchoedBytes", eventJson.Length, MetricUnit.Bytes);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("event");
            using (var document = JsonDocument.Parse(eventJson))
            {
                document.WriteTo(json);
            }

            json.WriteString("requestId", context.AwsRequestId);
            json.WriteString("functionArn", context.InvokedFunctionArn);
            json.WriteString("functionName", context.FunctionName);
            json.WriteNumber("memoryLimitInMB", context.MemoryLimitInMB);
            json.WriteString("traceId", context.TraceId);
            json.WriteString("traceIdVariable", Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"));
            json.WriteNumber("deadlineMs", context.Deadline.ToUnixTimeMilliseconds());
            json.WriteBoolean("hasTimeLeft", context.RemainingTime > TimeSpan.Zero);
            json.WriteNumber("processId", Environment.ProcessId);
            json.WriteEndObject();
        }

        return Task.FromResult<ReadOnlyMemory<byte>>(buffer.WrittenMemory);
    }
}
