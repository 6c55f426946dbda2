namespace TechShop.Lambda.Hosting;

/// <summary>The function's log, one JSON line per entry (the shape of Lambda's JSON log format).</summary>
public interface ILambdaLogger
{
    /// <summary>True when entries of <paramref name="level"/> are written (see <c>AWS_LAMBDA_LOG_LEVEL</c>).</summary>
    bool IsEnabled(LambdaLogLevel level);

    /// <summary>Writes one entry; <paramref name="exception"/> adds errorType, errorMessage and stackTrace.</summary>
    void Log(LambdaLogLevel level, string message, Exception? exception = null);

    void LogDebug(string message) => Log(LambdaLogLevel.Debug, message);

    void LogInformation(string message) => Log(LambdaLogLevel.Info, message);

    void LogWarning(string message) => Log(LambdaLogLevel.Warn, message);

    void LogError(string message, Exception? exception = null) => Log(LambdaLogLevel.Error, message, exception);
}
