namespace TechShop.Lambda.Runtime;

/// <summary>One invocation as returned by <c>GET /runtime/invocation/next</c>: the event and its headers.</summary>
public sealed record RuntimeInvocation(
    string RequestId,
    DateTimeOffset Deadline,
    string? InvokedFunctionArn,
    string? TraceId,
    string? ClientContext,
    string? CognitoIdentity,
    string? TenantId,
    ReadOnlyMemory<byte> EventJson);
