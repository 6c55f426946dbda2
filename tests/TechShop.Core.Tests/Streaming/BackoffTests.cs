using TechShop.Core.Realtime;
using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

public sealed class BackoffTests
{
    private static readonly RetryOptions Options = new() { MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(300) };

    [Theory]
    [InlineData(1, 1.0, 100)]
    [InlineData(2, 1.0, 200)]
    [InlineData(3, 1.0, 300)]
    [InlineData(9, 1.0, 300)]
    [InlineData(2, 0.25, 50)]
    [InlineData(2, 0.0, 0)]
    public void DelayBefore_ShouldDoubleTheCeilingPerRetryUpToTheMaximumAndScaleItByTheJitter(int retry, double jitter, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), new Backoff(Options).DelayBefore(retry, jitter));

    [Fact]
    public async Task RunAsync_WhenEveryAttemptFailsTransiently_ShouldStopAfterMaxAttemptsAndRethrow()
    {
        var delays = new List<TimeSpan>();
        var attempts = 0;
        var backoff = new Backoff(Options, (d, _) => { delays.Add(d); return Task.CompletedTask; }, () => 1.0);

        await Assert.ThrowsAsync<TransientStoreException>(() => backoff.RunAsync(
            _ => { attempts++; throw new TransientStoreException("throttled"); }, ex => ex is TransientStoreException, CancellationToken.None));

        Assert.Equal(4, attempts);
        Assert.Equal([100, 200, 300], delays.Select(d => d.TotalMilliseconds));
    }

    [Fact]
    public async Task RunAsync_WhenTheFailureIsNotTransient_ShouldRethrowWithoutRetrying()
    {
        var attempts = 0;
        var backoff = new Backoff(Options, (_, _) => Task.CompletedTask, () => 1.0);

        await Assert.ThrowsAsync<InvalidOperationException>(() => backoff.RunAsync(
            _ => { attempts++; throw new InvalidOperationException("bug"); }, ex => ex is TransientStoreException, CancellationToken.None));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public void Constructor_WhenMaxAttemptsIsZero_ShouldThrowNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff(new RetryOptions { MaxAttempts = 0 }));
        Assert.Contains("RetryOptions.MaxAttempts", error.Message, StringComparison.Ordinal);
    }
}
