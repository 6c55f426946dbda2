using System.Collections;
using System.Numerics;
using Avro;
using Avro.Generic;
using TechShop.Avro.Binary;
using TechShop.Avro.Errors;

namespace TechShop.Avro.Codecs;

/// <summary>Conversions between Apache.Avro generic values (AvroDecimal, DateTime, GenericEnum, object[]) and domain values.</summary>
public static class GenericValues
{
    public static object? Field(GenericRecord record, string field)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.TryGetValue(field, out var value))
        {
            throw new MalformedAvroException($"{record.Schema.Fullname} has no field '{field}'", new KeyNotFoundException(field));
        }

        return value;
    }

    public static T Required<T>(GenericRecord record, string field) => Field(record, field) is T value
        ? value
        : throw new MalformedAvroException($"{record.Schema.Fullname}.{field} is not a {typeof(T).Name}", new InvalidCastException(field));

    public static string String(GenericRecord record, string field) => Required<string>(record, field);

    public static int Int(GenericRecord record, string field) => Required<int>(record, field);

    public static long Long(GenericRecord record, string field) => Required<long>(record, field);

    public static DateOnly Date(GenericRecord record, string field) => DateOnly.FromDateTime(Required<DateTime>(record, field));

    public static DateOnly? NullableDate(GenericRecord record, string field) =>
        Field(record, field) is DateTime time ? DateOnly.FromDateTime(time) : null;

    public static DateTime Timestamp(GenericRecord record, string field) =>
        DateTime.SpecifyKind(Required<DateTime>(record, field), DateTimeKind.Utc);

    public static string Symbol(GenericRecord record, string field) => Required<GenericEnum>(record, field).Value;

    public static IList List(GenericRecord record, string field) => Required<IList>(record, field);

    public static decimal Decimal(GenericRecord record, string field)
    {
        var value = Required<AvroDecimal>(record, field);
        var bytes = value.UnscaledValue.ToByteArray(isUnsigned: false, isBigEndian: true);
        if (!DecimalBytes.TryRead(bytes, value.Scale, out var result, out var error))
        {
            throw new MalformedAvroException($"{record.Schema.Fullname}.{field}: {error}", new OverflowException(error));
        }

        return result;
    }

    public static AvroDecimal ToAvroDecimal(decimal value, int precision, int scale, string field)
    {
        if (!DecimalBytes.TryGetUnscaled(value, precision, scale, out var unscaled, out var error))
        {
            throw new AvroEncodingException($"'{field}': {error}");
        }

        return new AvroDecimal((BigInteger)unscaled, scale);
    }

    public static DateTime ToDateTime(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static GenericEnum ToEnum(RecordSchema schema, string field, string symbol) =>
        new((EnumSchema)FieldSchema(schema, field), symbol);

    /// <summary>The schema of a field, unwrapped from a ["null", T] union.</summary>
    public static Schema FieldSchema(RecordSchema schema, string field)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var fieldSchema = schema[field].Schema;
        if (fieldSchema is UnionSchema union)
        {
            fieldSchema = union.Schemas.First(s => s.Tag != Schema.Type.Null);
        }

        return fieldSchema is LogicalSchema logical ? logical.BaseSchema : fieldSchema;
    }
}
