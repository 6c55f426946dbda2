using Avro;
using Avro.Generic;
using TechShop.Avro.Archive;
using TechShop.Avro.Binary;
using TechShop.Avro.Errors;
using TechShop.Avro.Schemas;

namespace TechShop.Avro.Codecs;

/// <summary>Span codec for the stream archive's <c>com.techshop.archive.KafkaRecord</c> (v1).</summary>
public sealed class KafkaRecordCodec : RecordCodec<ArchivedKafkaRecord>
{
    private static readonly string[] TimestampSymbols = ["NOT_AVAILABLE", "CREATE_TIME", "LOG_APPEND_TIME"];
    private readonly RecordSchema _headerSchema;

    public KafkaRecordCodec()
        : base(EventSchemas.KafkaRecordV1)
    {
        _headerSchema = (RecordSchema)((ArraySchema)Schema["headers"].Schema).ItemSchema;
    }

    public static KafkaRecordCodec Instance { get; } = new();

    public override ArchivedKafkaRecord Read(ref AvroSpanReader reader)
    {
        var topic = reader.ReadString("topic");
        var partition = reader.ReadInt("partition");
        var offset = reader.ReadLong("offset");
        var timestamp = reader.ReadTimestampMillis("timestamp");
        var timestampType = (KafkaTimestampType)reader.ReadEnum("timestamp_type", TimestampSymbols.Length);
        var key = reader.ReadNullIndex("key") ? null : reader.ReadBytes("key").ToArray();
        var value = reader.ReadNullIndex("value") ? null : reader.ReadBytes("value").ToArray();
        var headers = new List<ArchivedKafkaHeader>();
        for (var count = reader.ReadBlockCount("headers"); count > 0; count = reader.ReadBlockCount("headers"))
        {
            for (var i = 0; i < count; i++)
            {
                var headerKey = reader.ReadString("headers.key");
                var headerValue = reader.ReadNullIndex("headers.value") ? null : reader.ReadBytes("headers.value").ToArray();
                headers.Add(new ArchivedKafkaHeader(headerKey, headerValue));
            }
        }

        return new ArchivedKafkaRecord(topic, partition, offset, timestamp, timestampType, key, value, headers);
    }

    public override void Write(AvroBufferWriter writer, ArchivedKafkaRecord value)
    {
        writer.WriteString(value.Topic, "topic");
        writer.WriteInt(value.Partition);
        writer.WriteLong(value.Offset);
        writer.WriteTimestampMillis(value.Timestamp);
        writer.WriteEnum(OrderEventCodec.CheckedIndex((int)value.TimestampType, TimestampSymbols, "timestamp_type"));
        WriteNullableBytes(writer, value.Key);
        WriteNullableBytes(writer, value.Value);
        var headers = value.Headers ?? throw new AvroEncodingException("'headers' is null; the schema requires an array (may be empty)");
        if (headers.Count > 0)
        {
            writer.WriteLong(headers.Count);
            for (var i = 0; i < headers.Count; i++)
            {
                var header = headers[i];
                writer.WriteString(header.Key, "headers.key");
                WriteNullableBytes(writer, header.Value);
            }
        }

        writer.WriteLong(0);
    }

    public override ArchivedKafkaRecord FromGeneric(GenericRecord record)
    {
        var headers = new List<ArchivedKafkaHeader>();
        foreach (GenericRecord header in GenericValues.List(record, "headers"))
        {
            headers.Add(new ArchivedKafkaHeader(GenericValues.String(header, "key"), GenericValues.Field(header, "value") as byte[]));
        }

        return new ArchivedKafkaRecord(
            GenericValues.String(record, "topic"),
            GenericValues.Int(record, "partition"),
            GenericValues.Long(record, "offset"),
            GenericValues.Timestamp(record, "timestamp"),
            (KafkaTimestampType)OrderEventCodec.SymbolIndex(TimestampSymbols, GenericValues.Symbol(record, "timestamp_type"), "timestamp_type"),
            GenericValues.Field(record, "key") as byte[],
            GenericValues.Field(record, "value") as byte[],
            headers);
    }

    public override GenericRecord ToGeneric(ArchivedKafkaRecord value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var record = new GenericRecord(Schema);
        record.Add("topic", value.Topic);
        record.Add("partition", value.Partition);
        record.Add("offset", value.Offset);
        record.Add("timestamp", value.Timestamp);
        var symbol = TimestampSymbols[OrderEventCodec.CheckedIndex((int)value.TimestampType, TimestampSymbols, "timestamp_type")];
        record.Add("timestamp_type", GenericValues.ToEnum(Schema, "timestamp_type", symbol));
        record.Add("key", value.Key);
        record.Add("value", value.Value);
        var headers = new object[value.Headers.Count];
        for (var i = 0; i < headers.Length; i++)
        {
            var header = new GenericRecord(_headerSchema);
            header.Add("key", value.Headers[i].Key);
            header.Add("value", value.Headers[i].Value);
            headers[i] = header;
        }

        record.Add("headers", headers);
        return record;
    }

    private static void WriteNullableBytes(AvroBufferWriter writer, byte[]? bytes)
    {
        if (bytes is null)
        {
            writer.WriteLong(0);
            return;
        }

        writer.WriteLong(1);
        writer.WriteBytes(bytes);
    }
}
