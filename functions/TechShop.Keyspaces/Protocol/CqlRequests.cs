using System.Buffers.Binary;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Protocol;

/// <summary>Builds complete request frames (header + body); the connection stamps the stream id when it sends.</summary>
public static class CqlRequests
{
    private const byte ValuesFlag = 0x01;
    private const byte SkipMetadataFlag = 0x02;
    private const byte PageSizeFlag = 0x04;
    private const byte PagingStateFlag = 0x08;
    private const byte SerialConsistencyFlag = 0x10;
    private const byte DefaultTimestampFlag = 0x20;

    /// <summary>STARTUP with a [string map] of options, e.g. {"CQL_VERSION":"3.0.0"}.</summary>
    public static byte[] Startup(IReadOnlyCollection<KeyValuePair<string, string>> options) =>
        Frame(Opcode.Startup, w => w.WriteStringMap(options));

    /// <summary>OPTIONS (empty body).</summary>
    public static byte[] Options() => Frame(Opcode.Options, _ => { });

    /// <summary>AUTH_RESPONSE with a [bytes] token.</summary>
    public static byte[] AuthResponse(ReadOnlySpan<byte> token)
    {
        var writer = Begin();
        writer.WriteBytes(token);
        return Finish(writer, Opcode.AuthResponse);
    }

    /// <summary>QUERY: [long string] query then query_parameters.</summary>
    public static byte[] Query(string query, QueryParameters parameters) => Frame(Opcode.Query, w =>
    {
        w.WriteLongString(query);
        WriteParameters(w, parameters);
    });

    /// <summary>PREPARE: [long string] query.</summary>
    public static byte[] Prepare(string query) => Frame(Opcode.Prepare, w => w.WriteLongString(query));

    /// <summary>EXECUTE: [short bytes] prepared id then query_parameters.</summary>
    public static byte[] Execute(ReadOnlySpan<byte> preparedId, QueryParameters parameters)
    {
        var writer = Begin();
        writer.WriteShortBytes(preparedId);
        WriteParameters(writer, parameters);
        return Finish(writer, Opcode.Execute);
    }

    /// <summary>BATCH: type, statements, consistency, flags, optional serial consistency and timestamp.</summary>
    public static byte[] Batch(
        BatchType type, IReadOnlyList<BatchEntry> entries, Consistency consistency,
        Consistency? serialConsistency = null, long? defaultTimestamp = null) => Frame(Opcode.Batch, w =>
    {
        w.WriteByte((byte)type);
        w.WriteShort(checked((ushort)entries.Count));
        foreach (var entry in entries)
        {
            if (entry.PreparedId is { } id)
            {
                w.WriteByte(1);
                w.WriteShortBytes(id);
            }
            else
            {
                w.WriteByte(0);
                w.WriteLongString(entry.Query ?? throw new CqlCodecException("a batch entry needs a prepared id or a query"));
            }

            WriteValues(w, entry.Values);
        }

        w.WriteConsistency(consistency);
        w.WriteByte((byte)((serialConsistency is null ? 0 : SerialConsistencyFlag) | (defaultTimestamp is null ? 0 : DefaultTimestampFlag)));
        if (serialConsistency is { } serial)
        {
            w.WriteConsistency(serial);
        }

        if (defaultTimestamp is { } timestamp)
        {
            w.WriteLong(timestamp);
        }
    });

    /// <summary>Writes the stream id into bytes 2-3 of a frame built here.</summary>
    public static void StampStream(Span<byte> frame, short stream) => BinaryPrimitives.WriteInt16BigEndian(frame[2..], stream);

    private static void WriteParameters(CqlBodyWriter w, QueryParameters p)
    {
        w.WriteConsistency(p.Consistency);
        var flags = (p.Values.Count > 0 ? ValuesFlag : 0) | (p.SkipMetadata ? SkipMetadataFlag : 0)
            | (p.PageSize is null ? 0 : PageSizeFlag) | (p.PagingState is null ? 0 : PagingStateFlag)
            | (p.SerialConsistency is null ? 0 : SerialConsistencyFlag) | (p.DefaultTimestamp is null ? 0 : DefaultTimestampFlag);
        w.WriteByte((byte)flags);
        if (p.Values.Count > 0)
        {
            WriteValues(w, p.Values);
        }

        if (p.PageSize is { } pageSize)
        {
            w.WriteInt(pageSize);
        }

        if (p.PagingState is { } pagingState)
        {
            w.WriteBytes(pagingState);
        }

        if (p.SerialConsistency is { } serial)
        {
            w.WriteConsistency(serial);
        }

        if (p.DefaultTimestamp is { } timestamp)
        {
            w.WriteLong(timestamp);
        }
    }

    private static void WriteValues(CqlBodyWriter w, IReadOnlyList<byte[]?> values)
    {
        w.WriteShort(checked((ushort)values.Count));
        foreach (var value in values)
        {
            if (value is null)
            {
                w.WriteNull();
            }
            else if (ReferenceEquals(value, CqlCodec.UnsetMarker))
            {
                w.WriteUnset();
            }
            else
            {
                w.WriteBytes(value);
            }
        }
    }

    private static byte[] Frame(Opcode opcode, Action<CqlBodyWriter> body)
    {
        var writer = Begin();
        body(writer);
        return Finish(writer, opcode);
    }

    private static CqlBodyWriter Begin()
    {
        var writer = new CqlBodyWriter();
        writer.Reserve(FrameHeader.Size);
        return writer;
    }

    private static byte[] Finish(CqlBodyWriter writer, Opcode opcode)
    {
        var frame = writer.ToArray();
        new FrameHeader(FrameHeader.RequestVersion, FrameFlags.None, 0, opcode, frame.Length - FrameHeader.Size).WriteTo(frame);
        return frame;
    }
}
