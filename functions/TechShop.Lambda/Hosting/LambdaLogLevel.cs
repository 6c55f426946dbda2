namespace TechShop.Lambda.Hosting;

/// <summary>Log levels, in the words of Lambda's <c>AWS_LAMBDA_LOG_LEVEL</c>.</summary>
public enum LambdaLogLevel
{
    Trace = 0,
    Debug = 1,
    Info = 2,
    Warn = 3,
    Error = 4,
    Fatal = 5,
}
