namespace TechShop.Local.Invoke;

/// <summary>The event file given to a local invocation is missing or is not one JSON document.</summary>
public sealed class LocalEventFileException : Exception
{
    public LocalEventFileException(string path, string problem, Exception? innerException = null)
        : base($"Event file '{path}': {problem.TrimEnd('.')}.", innerException)
    {
        Path = path;
    }

    public LocalEventFileException()
    {
        Path = string.Empty;
    }

    public LocalEventFileException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    public LocalEventFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    public string Path { get; }
}
