using System.Text.Json.Serialization;

namespace TechShop.Lambda.Runtime;

/// <summary>
/// The error body posted to the Runtime API (<c>application/vnd.aws.lambda.error+json</c>), shaped as the .NET
/// runtime writes it: <c>errorType</c> is the exception type's short name, <c>cause</c> the inner exception.
/// </summary>
public sealed record LambdaError
{
    [JsonPropertyName("errorType")]
    public required string ErrorType { get; init; }

    [JsonPropertyName("errorMessage")]
    public required string ErrorMessage { get; init; }

    [JsonPropertyName("stackTrace")]
    public IReadOnlyList<string> StackTrace { get; init => field = value ?? []; } = [];

    [JsonPropertyName("cause")]
    public LambdaError? Cause { get; init; }

    /// <summary>The inner exceptions of an <see cref="AggregateException"/>.</summary>
    [JsonPropertyName("causes")]
    public IReadOnlyList<LambdaError>? Causes { get; init; }

    /// <summary>The error body describing <paramref name="exception"/> and its inner exceptions.</summary>
    public static LambdaError FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new LambdaError
        {
            ErrorType = exception.GetType().Name,
            ErrorMessage = exception.Message,
            StackTrace = SplitStackTrace(exception.StackTrace),
            Cause = exception.InnerException is { } inner ? FromException(inner) : null,
            Causes = exception is AggregateException { InnerExceptions.Count: > 1 } aggregate
                ? aggregate.InnerExceptions.Select(FromException).ToList()
                : null,
        };
    }

    /// <summary>The same error without stack traces and causes, for a body that would exceed the size limit.</summary>
    public LambdaError WithoutDetails() => this with { StackTrace = [], Cause = null, Causes = null };

    private static List<string> SplitStackTrace(string? stackTrace) =>
        stackTrace is null
            ? []
            : stackTrace.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
