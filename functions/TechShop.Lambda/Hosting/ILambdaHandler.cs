namespace TechShop.Lambda.Hosting;

/// <summary>A function handler: event JSON in, response JSON out. Registered by <see cref="Name"/> (<c>_HANDLER</c>).</summary>
public interface ILambdaHandler
{
    /// <summary>The name <c>_HANDLER</c> selects, e.g. <c>stream-enrich</c>.</summary>
    string Name { get; }

    /// <summary>Handles one invocation; an exception is reported to Lambda as the invocation's error.</summary>
    Task<ReadOnlyMemory<byte>> HandleAsync(ReadOnlyMemory<byte> eventJson, ILambdaContext context, CancellationToken cancellationToken);
}
