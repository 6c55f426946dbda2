namespace TechShop.Core.Streaming;

/// <summary>Where records that can never succeed go; a write is idempotent (the same record lands on the same key).</summary>
public interface IDeadLetterSink
{
    /// <summary>Stores one dead letter; throws when it could not be stored (the record is then left for redelivery).</summary>
    Task WriteAsync(DeadLetter letter, CancellationToken cancellationToken = default);
}
