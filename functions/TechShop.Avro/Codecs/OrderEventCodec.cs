using Avro;
using Avro.Generic;
using TechShop.Avro.Binary;
using TechShop.Avro.Errors;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;

namespace TechShop.Avro.Codecs;

/// <summary>Span codec for <c>com.techshop.events.OrderEvent</c> (current version: v2, with coupon_code).</summary>
public sealed class OrderEventCodec : RecordCodec<OrderEvent>
{
    public const int PricePrecision = 12;
    public const int PriceScale = 2;

    private static readonly string[] StatusSymbols = ["PLACED", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "RETURNED"];
    private static readonly string[] ChannelSymbols = ["ONLINE", "IN_STORE"];
    private static readonly string[] PaymentSymbols = ["CREDIT_CARD", "DEBIT_CARD", "PAYPAL", "APPLE_PAY", "GIFT_CARD", "CASH"];

    // The supported currencies decode to shared strings: no allocation per event for the common case.
    private static readonly string[] KnownCurrencies = [.. Currencies.Supported];

    private readonly RecordSchema _lineSchema;

    public OrderEventCodec()
        : base(EventSchemas.OrderEventCurrent)
    {
        _lineSchema = (RecordSchema)((ArraySchema)Schema["lines"].Schema).ItemSchema;
    }

    /// <summary>The shared instance; codecs are stateless.</summary>
    public static OrderEventCodec Instance { get; } = new();

    public override OrderEvent Read(ref AvroSpanReader reader)
    {
        var eventId = reader.ReadUuid("event_id");
        var status = (OrderStatus)reader.ReadEnum("status", StatusSymbols.Length);
        var orderNumber = reader.ReadLong("order_number");
        var eventTime = reader.ReadTimestampMillis("event_time");
        var orderDate = reader.ReadDate("order_date");
        var deliveryDate = reader.ReadNullableDate("delivery_date");
        var customerKey = reader.ReadInt("customer_key");
        var storeKey = reader.ReadInt("store_key");
        var channel = (SalesChannel)reader.ReadEnum("channel", ChannelSymbols.Length);
        var currency = reader.ReadString("currency_code", KnownCurrencies);
        var payment = (PaymentMethod)reader.ReadEnum("payment_method", PaymentSymbols.Length);
        var lines = ReadLines(ref reader);
        var coupon = reader.ReadNullableString("coupon_code");
        return new OrderEvent(eventId, status, orderNumber, eventTime, orderDate, deliveryDate, customerKey, storeKey, channel, currency, payment, lines)
        {
            CouponCode = coupon,
        };
    }

    public override void Write(AvroBufferWriter writer, OrderEvent value)
    {
        writer.WriteUuid(value.EventId);
        writer.WriteEnum(CheckedIndex((int)value.Status, StatusSymbols, "status"));
        writer.WriteLong(value.OrderNumber);
        writer.WriteTimestampMillis(value.EventTime);
        writer.WriteDate(value.OrderDate);
        writer.WriteNullableDate(value.DeliveryDate);
        writer.WriteInt(value.CustomerKey);
        writer.WriteInt(value.StoreKey);
        writer.WriteEnum(CheckedIndex((int)value.Channel, ChannelSymbols, "channel"));
        writer.WriteString(value.CurrencyCode, "currency_code");
        writer.WriteEnum(CheckedIndex((int)value.PaymentMethod, PaymentSymbols, "payment_method"));
        var lines = value.Lines ?? throw new AvroEncodingException("'lines' is null; the schema requires an array (may be empty)");
        if (lines.Count > 0)
        {
            writer.WriteLong(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                writer.WriteInt(line.LineNumber);
                writer.WriteInt(line.ProductKey);
                writer.WriteInt(line.Quantity);
                writer.WriteDecimal(line.UnitPrice, PricePrecision, PriceScale, "lines.unit_price");
            }
        }

        writer.WriteLong(0);
        writer.WriteNullableString(value.CouponCode, "coupon_code");
    }

    public override OrderEvent FromGeneric(GenericRecord record)
    {
        var lines = new List<OrderLine>();
        foreach (GenericRecord line in GenericValues.List(record, "lines"))
        {
            lines.Add(new OrderLine(
                GenericValues.Int(line, "line_number"),
                GenericValues.Int(line, "product_key"),
                GenericValues.Int(line, "quantity"),
                GenericValues.Decimal(line, "unit_price")));
        }

        return new OrderEvent(
            GenericValues.Required<Guid>(record, "event_id"),
            (OrderStatus)SymbolIndex(StatusSymbols, GenericValues.Symbol(record, "status"), "status"),
            GenericValues.Long(record, "order_number"),
            GenericValues.Timestamp(record, "event_time"),
            GenericValues.Date(record, "order_date"),
            GenericValues.NullableDate(record, "delivery_date"),
            GenericValues.Int(record, "customer_key"),
            GenericValues.Int(record, "store_key"),
            (SalesChannel)SymbolIndex(ChannelSymbols, GenericValues.Symbol(record, "channel"), "channel"),
            GenericValues.String(record, "currency_code"),
            (PaymentMethod)SymbolIndex(PaymentSymbols, GenericValues.Symbol(record, "payment_method"), "payment_method"),
            lines)
        {
            CouponCode = GenericValues.Field(record, "coupon_code") as string,
        };
    }

    public override GenericRecord ToGeneric(OrderEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var record = new GenericRecord(Schema);
        record.Add("event_id", value.EventId);
        record.Add("status", GenericValues.ToEnum(Schema, "status", StatusSymbols[CheckedIndex((int)value.Status, StatusSymbols, "status")]));
        record.Add("order_number", value.OrderNumber);
        record.Add("event_time", value.EventTime);
        record.Add("order_date", GenericValues.ToDateTime(value.OrderDate));
        record.Add("delivery_date", value.DeliveryDate is { } delivered ? GenericValues.ToDateTime(delivered) : null);
        record.Add("customer_key", value.CustomerKey);
        record.Add("store_key", value.StoreKey);
        record.Add("channel", GenericValues.ToEnum(Schema, "channel", ChannelSymbols[CheckedIndex((int)value.Channel, ChannelSymbols, "channel")]));
        record.Add("currency_code", value.CurrencyCode);
        record.Add("payment_method", GenericValues.ToEnum(Schema, "payment_method", PaymentSymbols[CheckedIndex((int)value.PaymentMethod, PaymentSymbols, "payment_method")]));
        var lines = new object[value.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = value.Lines[i];
            var generic = new GenericRecord(_lineSchema);
            generic.Add("line_number", line.LineNumber);
            generic.Add("product_key", line.ProductKey);
            generic.Add("quantity", line.Quantity);
            generic.Add("unit_price", GenericValues.ToAvroDecimal(line.UnitPrice, PricePrecision, PriceScale, "lines.unit_price"));
            lines[i] = generic;
        }

        record.Add("lines", lines);
        record.Add("coupon_code", value.CouponCode);
        return record;
    }

    internal static int CheckedIndex(int index, string[] symbols, string field) =>
        index >= 0 && index < symbols.Length
            ? index
            : throw new AvroEncodingException($"'{field}' value {index} has no Avro symbol; expected one of {string.Join(", ", symbols)}");

    internal static int SymbolIndex(string[] symbols, string symbol, string field)
    {
        var index = Array.IndexOf(symbols, symbol);
        return index >= 0
            ? index
            : throw new MalformedAvroException($"'{field}' symbol '{symbol}' is not one of {string.Join(", ", symbols)}", new ArgumentOutOfRangeException(field));
    }

    private static List<OrderLine> ReadLines(ref AvroSpanReader reader)
    {
        var count = reader.ReadBlockCount("lines");
        var lines = new List<OrderLine>(count);
        while (count > 0)
        {
            for (var i = 0; i < count; i++)
            {
                lines.Add(new OrderLine(
                    reader.ReadInt("lines.line_number"),
                    reader.ReadInt("lines.product_key"),
                    reader.ReadInt("lines.quantity"),
                    reader.ReadDecimal("lines.unit_price", PriceScale)));
            }

            count = reader.ReadBlockCount("lines");
        }

        return lines;
    }
}
