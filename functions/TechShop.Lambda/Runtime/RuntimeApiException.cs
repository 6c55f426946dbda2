using System.Net;

namespace TechShop.Lambda.Runtime;

/// <summary>The Runtime API answered a request with an unexpected status; the runtime cannot go on.</summary>
public sealed class RuntimeApiException : Exception
{
    public RuntimeApiException(string request, HttpStatusCode status, string body)
        : base($"The Lambda Runtime API answered {request} with {(int)status} {status}: {body}")
    {
        Request = request;
        Status = status;
    }

    public RuntimeApiException()
    {
        Request = string.Empty;
    }

    public RuntimeApiException(string message)
        : base(message)
    {
        Request = string.Empty;
    }

    public RuntimeApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Request = string.Empty;
    }

    /// <summary>The method and path, e.g. <c>GET /runtime/invocation/next</c>.</summary>
    public string Request { get; }

    public HttpStatusCode Status { get; }
}
