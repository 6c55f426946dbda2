using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Protocol;

public sealed class ResultParsingTests
{
    private static ResponseFrame Frame(byte[] body, FrameFlags flags = FrameFlags.None, Opcode opcode = Opcode.Result) =>
        ResponseFrame.Create(new FrameHeader(0x84, flags, 0, opcode, body.Length), body);

    [Fact]
    public void Parse_WhenKindIsVoid_ShouldReturnVoid()
    {
        Assert.IsType<VoidResult>(CqlResultParser.Parse(Frame(Convert.FromHexString("00000001"))));
    }

    [Fact]
    public void Parse_WhenKindIsRowsWithGlobalTableSpec_ShouldReadColumnsAndCellsByName()
    {
        var body = new ServerBody().Int(2).Int(1).Int(2).String("ks").String("orders")
            .String("id").Short(0x0009).String("name").Short(0x000D)
            .Int(2)
            .Bytes([0, 0, 0, 7]).Bytes("abc"u8.ToArray())
            .Bytes([0, 0, 0, 8]).Bytes(null)
            .ToArray();

        var rows = Assert.IsType<RowsResult>(CqlResultParser.Parse(Frame(body))).Rows;

        Assert.Equal(2, rows.Count);
        Assert.Equal(new ColumnSpec("ks", "orders", "id", CqlType.Int), rows.Columns[0]);
        Assert.Equal(7, rows[0].GetInt32("id"));
        Assert.Equal("abc", rows[0].GetString("NAME"));
        Assert.Equal(8, rows[1].GetInt32("id"));
        Assert.True(rows[1].IsNull("name"));
        Assert.Null(rows[1].GetValue("name"));
        Assert.Null(rows.PagingState);
    }

    [Fact]
    public void Parse_WhenRowsHaveMorePagesAndPerColumnTableSpecs_ShouldReadPagingStateAndSpecs()
    {
        var body = new ServerBody().Int(2).Int(2).Int(1).Bytes([0x0A, 0x0B])
            .String("ks").String("t").String("total").Short(0x0006)
            .Int(1).Bytes(Convert.FromHexString("000000023039"))
            .ToArray();

        var rows = Assert.IsType<RowsResult>(CqlResultParser.Parse(Frame(body))).Rows;

        Assert.Equal(new byte[] { 0x0A, 0x0B }, rows.PagingState);
        Assert.Equal(123.45m, rows[0].GetDecimal("total"));
    }

    [Fact]
    public void Parse_WhenCellIsEmptyRatherThanNull_ShouldNotReportNull()
    {
        var body = new ServerBody().Int(2).Int(1).Int(1).String("ks").String("t").String("note").Short(0x000D)
            .Int(1).Bytes([]).ToArray();

        var row = Assert.IsType<RowsResult>(CqlResultParser.Parse(Frame(body))).Rows[0];

        Assert.False(row.IsNull("note"));
        Assert.Equal(string.Empty, row.GetString("note"));
    }

    [Fact]
    public void Row_WhenColumnIsMissingOrOfAnotherType_ShouldThrowNamingIt()
    {
        var body = new ServerBody().Int(2).Int(1).Int(1).String("ks").String("t").String("id").Short(0x0009)
            .Int(1).Bytes([0, 0, 0, 1]).ToArray();
        var row = Assert.IsType<RowsResult>(CqlResultParser.Parse(Frame(body))).Rows[0];

        var missing = Assert.Throws<Errors.CqlCodecException>(() => row.GetInt32("nope"));
        var wrongType = Assert.Throws<Errors.CqlCodecException>(() => row.GetString("id"));

        Assert.Equal("the result has no column 'nope'; its columns are id", missing.Message);
        Assert.Equal("column 'id' is CQL int, not text", wrongType.Message);
    }

    [Fact]
    public void Parse_WhenKindIsPrepared_ShouldReadIdVariablesPartitionKeyAndResultMetadata()
    {
        var body = new ServerBody().Int(4).ShortBytes([0xCA, 0xFE])
            .Int(1).Int(2).Int(1).Short(1).String("techshop").String("orders")
            .String("id").Short(0x000C).String("day").Short(0x0011)
            .Int(4).Int(0)
            .ToArray();

        var prepared = Assert.IsType<PreparedResult>(CqlResultParser.Parse(Frame(body)));

        Assert.Equal(new byte[] { 0xCA, 0xFE }, prepared.Id);
        Assert.Equal([1], prepared.Variables.PartitionKeyIndexes);
        Assert.Equal(["id", "day"], prepared.Variables.Variables.Select(v => v.Name));
        Assert.Equal(CqlTypeCode.Date, prepared.Variables.Variables[1].Type.Code);
        Assert.Empty(prepared.ResultMetadata.Columns);
    }

    [Fact]
    public void Parse_WhenKindIsSetKeyspace_ShouldReadTheKeyspace()
    {
        var body = new ServerBody().Int(3).String("techshop").ToArray();

        Assert.Equal(new SetKeyspaceResult("techshop"), CqlResultParser.Parse(Frame(body)));
    }

    [Fact]
    public void Parse_WhenKindIsSchemaChange_ShouldReadTargetSpecificOptions()
    {
        var table = new ServerBody().Int(5).String("CREATED").String("TABLE").String("techshop").String("orders").ToArray();
        var keyspace = new ServerBody().Int(5).String("DROPPED").String("KEYSPACE").String("old").ToArray();
        var function = new ServerBody().Int(5).String("UPDATED").String("FUNCTION").String("ks").String("f").StringList("int", "text").ToArray();

        var t = Assert.IsType<SchemaChangeResult>(CqlResultParser.Parse(Frame(table)));
        var k = Assert.IsType<SchemaChangeResult>(CqlResultParser.Parse(Frame(keyspace)));
        var f = Assert.IsType<SchemaChangeResult>(CqlResultParser.Parse(Frame(function)));

        Assert.Equal(("CREATED", "TABLE", "techshop", "orders"), (t.ChangeType, t.Target, t.Keyspace, t.Name));
        Assert.Equal(("DROPPED", "KEYSPACE", "old", (string?)null), (k.ChangeType, k.Target, k.Keyspace, k.Name));
        Assert.Equal(["int", "text"], f.ArgumentTypes);
    }

    [Fact]
    public void Create_WhenWarningFlagIsSet_ShouldReadWarningsBeforeTheMessage()
    {
        var body = new ServerBody().StringList("Batch too large").Int(1).ToArray();

        var frame = Frame(body, FrameFlags.Warning);

        Assert.Equal(["Batch too large"], frame.Warnings);
        Assert.IsType<VoidResult>(CqlResultParser.Parse(frame));
    }

    [Fact]
    public void Create_WhenTracingWarningAndPayloadFlagsAreSet_ShouldSkipThemInSpecOrder()
    {
        var body = new ServerBody().Raw("00112233445566778899AABBCCDDEEFF").StringList("w").Short(1).String("k").Bytes([1])
            .Int(3).String("ks").ToArray();

        var frame = Frame(body, FrameFlags.Tracing | FrameFlags.Warning | FrameFlags.CustomPayload);

        Assert.Equal(Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"), frame.TracingId);
        Assert.Equal(new SetKeyspaceResult("ks"), CqlResultParser.Parse(frame));
    }

    [Fact]
    public void Parse_WhenBodyIsTruncated_ShouldThrowSayingWhatWasMissing()
    {
        var error = Assert.Throws<Errors.CqlProtocolViolationException>(
            () => CqlResultParser.Parse(Frame(new ServerBody().Int(3).Short(10).ToArray())));

        Assert.Contains("[string] needs 10 bytes", error.Message, StringComparison.Ordinal);
    }
}
