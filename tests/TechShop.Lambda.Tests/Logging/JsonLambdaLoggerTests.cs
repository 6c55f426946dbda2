using System.Text;
using System.Text.Json;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Logging;

namespace TechShop.Lambda.Tests.Logging;

public sealed class JsonLambdaLoggerTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly TimeProvider Time = new FixedTime(new DateTimeOffset(2026, 3, 1, 8, 15, 30, 412, TimeSpan.Zero));

    [Fact]
    public void Log_ShouldWriteOneJsonLinePerEntryWithLevelTimestampRequestIdAndMessage()
    {
        var output = new MemoryStream();
        ILambdaLogger logger = new JsonLambdaLogger(output, LambdaLogLevel.Info, Time, "req-7");

        logger.LogInformation("loaded 12 rows from 'orders'");
        logger.LogWarning("second\nline");

        Assert.Equal(
            """{"timestamp":"2026-03-01T08:15:30.412Z","level":"INFO","requestId":"req-7","message":"loaded 12 rows from 'orders'"}""" + "\n" +
            """{"timestamp":"2026-03-01T08:15:30.412Z","level":"WARN","requestId":"req-7","message":"second\nline"}""" + "\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Log_WhenBelowTheMinimumLevel_ShouldWriteNothing()
    {
        var output = new MemoryStream();
        ILambdaLogger logger = new JsonLambdaLogger(output, JsonLambdaLogger.ParseLevel("warn"), Time, null);

        logger.LogInformation("hidden");
        logger.LogDebug("hidden");

        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Log_WithException_ShouldAddErrorTypeMessageAndStackTrace()
    {
        var output = new MemoryStream();
        ILambdaLogger logger = new JsonLambdaLogger(output, LambdaLogLevel.Info, Time, null);

        logger.LogError("failed", new TimeoutException("keyspaces timed out"));

        var line = JsonDocument.Parse(output.ToArray()).RootElement;
        Assert.Equal("ERROR", line.GetProperty("level").GetString());
        Assert.False(line.TryGetProperty("requestId", out _));
        Assert.Equal("TimeoutException", line.GetProperty("errorType").GetString());
        Assert.Equal("keyspaces timed out", line.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Array, line.GetProperty("stackTrace").ValueKind);
    }

    [Theory]
    [InlineData(null, LambdaLogLevel.Info)]
    [InlineData("TRACE", LambdaLogLevel.Trace)]
    [InlineData("debug", LambdaLogLevel.Debug)]
    [InlineData("ERROR", LambdaLogLevel.Error)]
    [InlineData("FATAL", LambdaLogLevel.Fatal)]
    public void ParseLevel_ShouldReadLambdasLevelNames(string? value, LambdaLogLevel expected)
    {
        Assert.Equal(expected, JsonLambdaLogger.ParseLevel(value));
    }
}
