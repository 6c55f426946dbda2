namespace TechShop.Core.Tests.Streaming;

/// <summary>A clock that always reads the same instant.</summary>
internal sealed class FixedClock(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
}
