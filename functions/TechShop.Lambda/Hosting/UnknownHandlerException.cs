namespace TechShop.Lambda.Hosting;

/// <summary>No handler is registered under the requested name (<c>_HANDLER</c> or the local invoker's argument).</summary>
public sealed class UnknownHandlerException : Exception
{
    public UnknownHandlerException(string? requested, IReadOnlyList<string> known)
        : base(Describe(requested, known))
    {
        Requested = requested;
        Known = known;
    }

    public UnknownHandlerException()
    {
        Known = [];
    }

    public UnknownHandlerException(string message)
        : base(message)
    {
        Known = [];
    }

    public UnknownHandlerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Known = [];
    }

    public string? Requested { get; }

    public IReadOnlyList<string> Known { get; }

    private static string Describe(string? requested, IReadOnlyList<string> known)
    {
        var knownText = known.Count == 0 ? "none are registered" : $"known handlers: {string.Join(", ", known)}";
        return string.IsNullOrWhiteSpace(requested)
            ? $"No handler name was given (set _HANDLER); {knownText}."
            : $"No handler named '{requested}'; {knownText}.";
    }
}
