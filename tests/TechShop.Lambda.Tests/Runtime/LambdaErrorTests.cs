using System.Text.Json;
using TechShop.Lambda.Runtime;

namespace TechShop.Lambda.Tests.Runtime;

public sealed class LambdaErrorTests
{
    private static Exception Thrown(Func<Exception> make)
    {
        try
        {
            throw make();
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [Fact]
    public void FromException_ShouldUseTheShortTypeNameAndSplitTheStackTrace()
    {
        var error = LambdaError.FromException(Thrown(() => new KeyNotFoundException("no rate for EUR on 2026-03-01")));

        Assert.Equal("KeyNotFoundException", error.ErrorType);
        Assert.Equal("no rate for EUR on 2026-03-01", error.ErrorMessage);
        Assert.NotEmpty(error.StackTrace);
        Assert.All(error.StackTrace, line => Assert.StartsWith("at ", line));
        Assert.Null(error.Cause);
    }

    [Fact]
    public void FromException_WhenAggregate_ShouldListEveryInnerExceptionAsCauses()
    {
        var error = LambdaError.FromException(new AggregateException(new TimeoutException("a"), new IOException("b")));

        Assert.Equal(["TimeoutException", "IOException"], error.Causes!.Select(c => c.ErrorType));
        Assert.Equal("TimeoutException", error.Cause!.ErrorType);
    }

    [Fact]
    public void SerializeError_WhenBodyExceeds256KB_ShouldDropStackTracesAndCauses()
    {
        var error = new LambdaError
        {
            ErrorType = "X",
            ErrorMessage = new string('m', 10_000),
            StackTrace = Enumerable.Repeat(new string('s', 1000), 300).ToList(),
            Cause = new LambdaError { ErrorType = "Y", ErrorMessage = "y" },
        };

        var body = RuntimeApiClient.SerializeError(error);

        Assert.True(body.Length < RuntimeApiClient.MaxErrorBodyBytes);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal(0, root.GetProperty("stackTrace").GetArrayLength());
        Assert.False(root.TryGetProperty("cause", out _));
        Assert.Equal(4096, root.GetProperty("errorMessage").GetString()!.Length);
    }
}
