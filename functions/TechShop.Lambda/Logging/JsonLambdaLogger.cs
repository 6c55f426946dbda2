using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using TechShop.Lambda.Hosting;

namespace TechShop.Lambda.Logging;

/// <summary>
/// Writes one JSON object per line (<c>timestamp</c>, <c>level</c>, <c>requestId</c>, <c>message</c>, and the
/// exception's <c>errorType</c>/<c>errorMessage</c>/<c>stackTrace</c>), whole lines at a time.
/// </summary>
public sealed class JsonLambdaLogger : ILambdaLogger
{
    // Log lines are read by people and CloudWatch, never embedded in HTML: keep quotes and '+' readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Lock WriteLock = new();
    private readonly Stream output;
    private readonly LambdaLogLevel minimumLevel;
    private readonly TimeProvider time;
    private readonly string? requestId;

    public JsonLambdaLogger(Stream output, LambdaLogLevel minimumLevel, TimeProvider time, string? requestId)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        this.output = output;
        this.minimumLevel = minimumLevel;
        this.time = time;
        this.requestId = requestId;
    }

    public bool IsEnabled(LambdaLogLevel level) => level >= minimumLevel;

    public void Log(LambdaLogLevel level, string message, Exception? exception = null)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"));
            json.WriteString("level", LevelName(level));
            if (requestId is not null)
            {
                json.WriteString("requestId", requestId);
            }

            json.WriteString("message", message);
            if (exception is not null)
            {
                json.WriteString("errorType", exception.GetType().Name);
                json.WriteString("errorMessage", exception.Message);
                json.WriteStartArray("stackTrace");
                foreach (var line in exception.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    json.WriteStringValue(line);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        lock (WriteLock)
        {
            output.Write(buffer.WrittenSpan);
            output.Flush();
        }
    }

    /// <summary>The level named by <c>AWS_LAMBDA_LOG_LEVEL</c> (TRACE, DEBUG, INFO, WARN, ERROR, FATAL); INFO when unset.</summary>
    public static LambdaLogLevel ParseLevel(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "TRACE" => LambdaLogLevel.Trace,
        "DEBUG" => LambdaLogLevel.Debug,
        "WARN" or "WARNING" => LambdaLogLevel.Warn,
        "ERROR" => LambdaLogLevel.Error,
        "FATAL" or "CRITICAL" => LambdaLogLevel.Fatal,
        _ => LambdaLogLevel.Info,
    };

    private static string LevelName(LambdaLogLevel level) => level switch
    {
        LambdaLogLevel.Trace => "TRACE",
        LambdaLogLevel.Debug => "DEBUG",
        LambdaLogLevel.Info => "INFO",
        LambdaLogLevel.Warn => "WARN",
        LambdaLogLevel.Error => "ERROR",
        _ => "FATAL",
    };
}
