using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Protocol;

public sealed class ErrorParsingTests
{
    private static CqlServerException Parse(int code, string message, Action<ServerBody>? extras = null)
    {
        var body = Replies.Error(code, message, extras).Body;
        return CqlErrorParser.Parse(ResponseFrame.Create(new FrameHeader(0x84, FrameFlags.None, 0, Opcode.Error, body.Length), body));
    }

    [Fact]
    public void Unavailable_ShouldCarryConsistencyRequiredAndAlive()
    {
        var error = Assert.IsType<UnavailableException>(Parse(0x1000, "no", b => b.Short(6).Int(3).Int(1)));

        Assert.Equal((Consistency.LocalQuorum, 3, 1), (error.Consistency, error.Required, error.Alive));
        Assert.True(error.IsTransient);
    }

    [Fact]
    public void WriteTimeout_ShouldCarryConsistencyReceivedBlockForAndWriteType()
    {
        var error = Assert.IsType<WriteTimeoutException>(Parse(0x1100, "slow", b => b.Short(6).Int(1).Int(2).String("UNLOGGED_BATCH")));

        Assert.Equal((Consistency.LocalQuorum, 1, 2, "UNLOGGED_BATCH"), (error.Consistency, error.Received, error.BlockFor, error.WriteType));
        Assert.Equal("CQL error 0x1100 WriteTimeout: slow", error.Message);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public void ReadTimeout_ShouldCarryDataPresent()
    {
        var error = Assert.IsType<ReadTimeoutException>(Parse(0x1200, "slow", b => b.Short(10).Int(0).Int(1).Byte(1)));

        Assert.Equal((Consistency.LocalOne, 0, 1, true), (error.Consistency, error.Received, error.BlockFor, error.DataPresent));
    }

    [Fact]
    public void ReadFailure_ShouldCarryFailuresAndDataPresent()
    {
        var error = Assert.IsType<ReadFailureException>(Parse(0x1300, "bad", b => b.Short(6).Int(1).Int(2).Int(1).Byte(0)));

        Assert.Equal((1, 2, 1, false), (error.Received, error.BlockFor, error.Failures, error.DataPresent));
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void WriteFailure_ShouldCarryFailuresAndWriteType()
    {
        var error = Assert.IsType<WriteFailureException>(Parse(0x1500, "bad", b => b.Short(6).Int(1).Int(2).Int(1).String("SIMPLE")));

        Assert.Equal((1, 2, 1, "SIMPLE"), (error.Received, error.BlockFor, error.Failures, error.WriteType));
    }

    [Fact]
    public void FunctionFailure_ShouldCarryKeyspaceFunctionAndArgumentTypes()
    {
        var error = Assert.IsType<FunctionFailureException>(Parse(0x1400, "udf", b => b.String("ks").String("f").StringList("int")));

        Assert.Equal(("ks", "f"), (error.Keyspace, error.Function));
        Assert.Equal(["int"], error.ArgumentTypes);
    }

    [Fact]
    public void AlreadyExists_ShouldCarryKeyspaceAndTable()
    {
        var error = Assert.IsType<AlreadyExistsException>(Parse(0x2400, "exists", b => b.String("techshop").String("orders")));

        Assert.Equal(("techshop", "orders"), (error.Keyspace, error.Table));
    }

    [Fact]
    public void Unprepared_ShouldCarryTheUnknownId()
    {
        var error = Assert.IsType<UnpreparedException>(Parse(0x2500, "unknown", b => b.ShortBytes([0xCA, 0xFE])));

        Assert.Equal(new byte[] { 0xCA, 0xFE }, error.StatementId);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData(0x0000, CqlErrorCode.ServerError, true)]
    [InlineData(0x000A, CqlErrorCode.ProtocolError, false)]
    [InlineData(0x0100, CqlErrorCode.AuthenticationError, false)]
    [InlineData(0x1001, CqlErrorCode.Overloaded, true)]
    [InlineData(0x1002, CqlErrorCode.IsBootstrapping, true)]
    [InlineData(0x1003, CqlErrorCode.TruncateError, false)]
    [InlineData(0x2000, CqlErrorCode.SyntaxError, false)]
    [InlineData(0x2100, CqlErrorCode.Unauthorized, false)]
    [InlineData(0x2200, CqlErrorCode.Invalid, false)]
    [InlineData(0x2300, CqlErrorCode.ConfigError, false)]
    public void ErrorsWithoutExtras_ShouldCarryCodeMessageAndTransience(int code, CqlErrorCode expected, bool transient)
    {
        var error = Parse(code, "server says no");

        Assert.Equal(expected, error.Code);
        Assert.Equal("server says no", error.ServerMessage);
        Assert.Equal(transient, error.IsTransient);
    }
}
