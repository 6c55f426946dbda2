using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Tests.Protocol;

public sealed class RequestFrameTests
{
    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

    private static string Expected(string spaced) => spaced.Replace(" ", "", StringComparison.Ordinal);

    [Fact]
    public void Startup_WithCqlVersion_ShouldWriteHeaderAndStringMapExactly()
    {
        var frame = CqlRequests.Startup([new("CQL_VERSION", "3.0.0")]);

        Assert.Equal(
            Expected("04 00 0000 01 00000016 0001 000B 43514C5F56455253494F4E 0005 332E302E30"),
            Hex(frame));
    }

    [Fact]
    public void StampStream_ShouldWriteTheStreamIdBigEndianAtBytesTwoAndThree()
    {
        var frame = CqlRequests.Options();

        CqlRequests.StampStream(frame, 0x1234);

        Assert.Equal(Expected("04 00 1234 05 00000000"), Hex(frame));
    }

    [Fact]
    public void FrameHeader_ReadResponse_ShouldReadEveryField()
    {
        var header = FrameHeader.ReadResponse(Convert.FromHexString("840A7FFF080000002A"));

        Assert.Equal(new FrameHeader(0x84, FrameFlags.Warning | FrameFlags.Tracing, 32767, Opcode.Result, 42), header);
    }

    [Fact]
    public void FrameHeader_ReadResponse_WhenVersionIsNotV4_ShouldThrowNamingTheVersionByte()
    {
        var error = Assert.Throws<Errors.CqlProtocolViolationException>(
            () => FrameHeader.ReadResponse(Convert.FromHexString("830000000800000000")));

        Assert.Contains("0x83", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_WithoutValues_ShouldWriteConsistencyAndZeroFlags()
    {
        var frame = CqlRequests.Query("SELECT 1", new QueryParameters(Consistency.LocalOne, []));

        Assert.Equal(Expected("04 00 0000 07 0000000F 00000008 53454C4543542031 000A 00"), Hex(frame));
    }

    [Fact]
    public void Query_WithValuesPageSizeAndPagingState_ShouldSetFlags0x0DAndWriteThemInSpecOrder()
    {
        var parameters = new QueryParameters(Consistency.LocalQuorum, [CqlCodec.EncodeInt32(1)])
        {
            PageSize = 5000,
            PagingState = [0xAB],
        };

        var frame = CqlRequests.Query("SELECT 1", parameters);

        Assert.Equal(
            Expected("04 00 0000 07 00000022 00000008 53454C4543542031 0006 0D 0001 00000004 00000001 00001388 00000001 AB"),
            Hex(frame));
    }

    [Fact]
    public void Query_WithSerialConsistencyAndTimestamp_ShouldSetFlags0x30()
    {
        var parameters = new QueryParameters(Consistency.One, [])
        {
            SerialConsistency = Consistency.LocalSerial,
            DefaultTimestamp = 1,
        };

        var frame = CqlRequests.Query("X", parameters);

        Assert.Equal(Expected("04 00 0000 07 00000012 00000001 58 0001 30 0009 0000000000000001"), Hex(frame));
    }

    [Fact]
    public void Prepare_ShouldWriteTheQueryAsALongString()
    {
        var frame = CqlRequests.Prepare("SELECT 1");

        Assert.Equal(Expected("04 00 0000 09 0000000C 00000008 53454C4543542031"), Hex(frame));
    }

    [Fact]
    public void Execute_WithNullUnsetAndEmptyValues_ShouldWriteLengthsMinusOneMinusTwoAndZero()
    {
        var values = new[]
        {
            CqlCodec.Encode(CqlType.Text, null, "a"),
            CqlCodec.Encode(CqlType.Text, Unset.Value, "b"),
            CqlCodec.Encode(CqlType.Text, string.Empty, "c"),
        };

        var frame = CqlRequests.Execute([0x01, 0x02], new QueryParameters(Consistency.LocalQuorum, values));

        Assert.Equal(
            Expected("04 00 0000 0A 00000015 0002 0102 0006 01 0003 FFFFFFFF FFFFFFFE 00000000"),
            Hex(frame));
    }

    [Fact]
    public void Batch_WithPreparedAndQueryEntries_ShouldWriteTypeEntriesConsistencyAndFlags()
    {
        BatchEntry[] entries =
        [
            new([0xCA, 0xFE], null, [CqlCodec.EncodeInt32(7)]),
            new(null, "INSERT x", []),
        ];

        var frame = CqlRequests.Batch(BatchType.Unlogged, entries, Consistency.LocalQuorum);

        Assert.Equal(
            Expected("04 00 0000 0D 00000024 01 0002 01 0002 CAFE 0001 00000004 00000007 00 00000008 494E534552542078 0000 0006 00"),
            Hex(frame));
    }

    [Fact]
    public void AuthResponse_ShouldWriteTheTokenAsBytes()
    {
        var frame = CqlRequests.AuthResponse("SigV4\0\0"u8);

        Assert.Equal(Expected("04 00 0000 0F 0000000B 00000007 5369675634 0000"), Hex(frame));
    }

    [Fact]
    public void SimpleStatement_WithEmptyStringAndNull_ShouldKeepEmptyDistinctFromNull()
    {
        var statement = new SimpleStatement("X", string.Empty, null);

        var frame = CqlRequests.Query(statement.Query, new QueryParameters(Consistency.LocalQuorum, statement.Values));

        Assert.Equal(Expected("04 00 0000 07 00000012 00000001 58 0006 01 0002 00000000 FFFFFFFF"), Hex(frame));
    }
}
