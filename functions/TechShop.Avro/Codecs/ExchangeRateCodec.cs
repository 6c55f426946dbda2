using Avro.Generic;
using TechShop.Avro.Binary;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;

namespace TechShop.Avro.Codecs;

/// <summary>Span codec for <c>com.techshop.events.ExchangeRate</c> (v1); the rate is decimal(18,8).</summary>
public sealed class ExchangeRateCodec : RecordCodec<ExchangeRate>
{
    public const int RatePrecision = 18;
    public const int RateScale = 8;

    private static readonly string[] KnownCurrencies = [.. Currencies.Supported];

    public ExchangeRateCodec()
        : base(EventSchemas.ExchangeRateV1)
    {
    }

    public static ExchangeRateCodec Instance { get; } = new();

    public override ExchangeRate Read(ref AvroSpanReader reader) => new(
        reader.ReadDate("date"),
        reader.ReadString("currency_code", KnownCurrencies),
        reader.ReadDecimal("rate_to_usd", RateScale));

    public override void Write(AvroBufferWriter writer, ExchangeRate value)
    {
        writer.WriteDate(value.Date);
        writer.WriteString(value.Currency, "currency_code");
        writer.WriteDecimal(value.RateToUsd, RatePrecision, RateScale, "rate_to_usd");
    }

    public override ExchangeRate FromGeneric(GenericRecord record) => new(
        GenericValues.Date(record, "date"),
        GenericValues.String(record, "currency_code"),
        GenericValues.Decimal(record, "rate_to_usd"));

    public override GenericRecord ToGeneric(ExchangeRate value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var record = new GenericRecord(Schema);
        record.Add("date", GenericValues.ToDateTime(value.Date));
        record.Add("currency_code", value.Currency);
        record.Add("rate_to_usd", GenericValues.ToAvroDecimal(value.RateToUsd, RatePrecision, RateScale, "rate_to_usd"));
        return record;
    }
}
