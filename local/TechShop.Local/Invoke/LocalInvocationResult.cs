namespace TechShop.Local.Invoke;

/// <summary>
/// What a local invocation returned, as Lambda's Invoke API would: the response JSON, or the error body
/// (<c>errorType</c>, <c>errorMessage</c>, <c>stackTrace</c>) with <see cref="ErrorType"/> set.
/// </summary>
public sealed record LocalInvocationResult(string RequestId, ReadOnlyMemory<byte> Payload, string? ErrorType)
{
    public bool Succeeded => ErrorType is null;
}
