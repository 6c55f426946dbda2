namespace TechShop.Lambda.Hosting;

/// <summary>The event a handler received is not the kind it handles (a permanent failure of the whole event).</summary>
public sealed class LambdaEventFormatException : Exception
{
    public LambdaEventFormatException(string handler, string expectedEvent, string problem, Exception? innerException = null)
        : base($"Handler '{handler}' expected {expectedEvent}, but {problem}", innerException)
    {
        Handler = handler;
        ExpectedEvent = expectedEvent;
    }

    public LambdaEventFormatException()
    {
        Handler = ExpectedEvent = string.Empty;
    }

    public LambdaEventFormatException(string message)
        : base(message)
    {
        Handler = ExpectedEvent = string.Empty;
    }

    public LambdaEventFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Handler = ExpectedEvent = string.Empty;
    }

    public string Handler { get; }

    public string ExpectedEvent { get; }
}
