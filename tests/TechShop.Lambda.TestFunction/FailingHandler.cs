using TechShop.Lambda.Hosting;

namespace TechShop.Lambda.TestFunction;

/// <summary>Always fails, with an inner exception, to exercise the error path.</summary>
public sealed class FailingHandler : ILambdaHandler
{
    public const string HandlerName = "fail";

    public string Name => HandlerName;

    public Task<ReadOnlyMemory<byte>> HandleAsync(ReadOnlyMemory<byte> eventJson, ILambdaContext context, CancellationToken cancellationToken)
    {
        try
        {
            throw new FormatException("inner cause");
        }
        catch (FormatException inner)
        {
            throw new InvalidOperationException("The test handler failed on purpose.", inner);
        }
    }
}
