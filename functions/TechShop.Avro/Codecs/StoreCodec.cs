using Avro.Generic;
using TechShop.Avro.Binary;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;

namespace TechShop.Avro.Codecs;

/// <summary>Span codec for <c>com.techshop.events.Store</c> (v1).</summary>
public sealed class StoreCodec : RecordCodec<Store>
{
    public StoreCodec()
        : base(EventSchemas.StoreV1)
    {
    }

    public static StoreCodec Instance { get; } = new();

    public override Store Read(ref AvroSpanReader reader) => new(
        reader.ReadInt("store_key"),
        reader.ReadString("name"),
        reader.ReadString("country"),
        reader.ReadString("state"),
        reader.ReadNullIndex("square_meters") ? null : reader.ReadInt("square_meters"),
        reader.ReadDate("open_date"),
        reader.ReadBoolean("is_online"));

    public override void Write(AvroBufferWriter writer, Store value)
    {
        writer.WriteInt(value.StoreKey);
        writer.WriteString(value.Name, "name");
        writer.WriteString(value.Country, "country");
        writer.WriteString(value.State, "state");
        if (value.SquareMeters is { } area)
        {
            writer.WriteLong(1);
            writer.WriteInt(area);
        }
        else
        {
            writer.WriteLong(0);
        }

        writer.WriteDate(value.OpenDate);
        writer.WriteBoolean(value.IsOnline);
    }

    public override Store FromGeneric(GenericRecord record) => new(
        GenericValues.Int(record, "store_key"),
        GenericValues.String(record, "name"),
        GenericValues.String(record, "country"),
        GenericValues.String(record, "state"),
        GenericValues.Field(record, "square_meters") as int?,
        GenericValues.Date(record, "open_date"),
        GenericValues.Required<bool>(record, "is_online"));

    public override GenericRecord ToGeneric(Store value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var record = new GenericRecord(Schema);
        record.Add("store_key", value.StoreKey);
        record.Add("name", value.Name);
        record.Add("country", value.Country);
        record.Add("state", value.State);
        record.Add("square_meters", value.SquareMeters);
        record.Add("open_date", GenericValues.ToDateTime(value.OpenDate));
        record.Add("is_online", value.IsOnline);
        return record;
    }
}
