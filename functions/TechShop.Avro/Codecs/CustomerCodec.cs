using Avro.Generic;
using TechShop.Avro.Binary;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;

namespace TechShop.Avro.Codecs;

/// <summary>Span codec for <c>com.techshop.events.Customer</c> (v1).</summary>
public sealed class CustomerCodec : RecordCodec<Customer>
{
    public CustomerCodec()
        : base(EventSchemas.CustomerV1)
    {
    }

    public static CustomerCodec Instance { get; } = new();

    public override Customer Read(ref AvroSpanReader reader) => new(
        reader.ReadInt("customer_key"),
        reader.ReadString("name"),
        reader.ReadString("gender"),
        reader.ReadDate("birthday"),
        reader.ReadString("city"),
        reader.ReadString("state"),
        reader.ReadString("country"),
        reader.ReadString("continent"),
        reader.ReadTimestampMillis("changed_at"));

    public override void Write(AvroBufferWriter writer, Customer value)
    {
        writer.WriteInt(value.CustomerKey);
        writer.WriteString(value.Name, "name");
        writer.WriteString(value.Gender, "gender");
        writer.WriteDate(value.Birthday);
        writer.WriteString(value.City, "city");
        writer.WriteString(value.State, "state");
        writer.WriteString(value.Country, "country");
        writer.WriteString(value.Continent, "continent");
        writer.WriteTimestampMillis(value.ChangedAt);
    }

    public override Customer FromGeneric(GenericRecord record) => new(
        GenericValues.Int(record, "customer_key"),
        GenericValues.String(record, "name"),
        GenericValues.String(record, "gender"),
        GenericValues.Date(record, "birthday"),
        GenericValues.String(record, "city"),
        GenericValues.String(record, "state"),
        GenericValues.String(record, "country"),
        GenericValues.String(record, "continent"),
        GenericValues.Timestamp(record, "changed_at"));

    public override GenericRecord ToGeneric(Customer value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var record = new GenericRecord(Schema);
        record.Add("customer_key", value.CustomerKey);
        record.Add("name", value.Name);
        record.Add("gender", value.Gender);
        record.Add("birthday", GenericValues.ToDateTime(value.Birthday));
        record.Add("city", value.City);
        record.Add("state", value.State);
        record.Add("country", value.Country);
        record.Add("continent", value.Continent);
        record.Add("changed_at", value.ChangedAt);
        return record;
    }
}
