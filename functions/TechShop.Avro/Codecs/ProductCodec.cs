using Avro.Generic;
using TechShop.Avro.Binary;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;

namespace TechShop.Avro.Codecs;

/// <summary>Span codec for <c>com.techshop.events.Product</c> (v1); cost and price are decimal(12,2) USD.</summary>
public sealed class ProductCodec : RecordCodec<Product>
{
    public ProductCodec()
        : base(EventSchemas.ProductV1)
    {
    }

    public static ProductCodec Instance { get; } = new();

    public override Product Read(ref AvroSpanReader reader) => new(
        reader.ReadInt("product_key"),
        reader.ReadString("name"),
        reader.ReadString("brand"),
        reader.ReadString("color"),
        reader.ReadString("category"),
        reader.ReadString("subcategory"),
        reader.ReadDecimal("unit_cost_usd", OrderEventCodec.PriceScale),
        reader.ReadDecimal("unit_price_usd", OrderEventCodec.PriceScale));

    public override void Write(AvroBufferWriter writer, Product value)
    {
        writer.WriteInt(value.ProductKey);
        writer.WriteString(value.Name, "name");
        writer.WriteString(value.Brand, "brand");
        writer.WriteString(value.Color, "color");
        writer.WriteString(value.Category, "category");
        writer.WriteString(value.Subcategory, "subcategory");
        writer.WriteDecimal(value.UnitCostUsd, OrderEventCodec.PricePrecision, OrderEventCodec.PriceScale, "unit_cost_usd");
        writer.WriteDecimal(value.UnitPriceUsd, OrderEventCodec.PricePrecision, OrderEventCodec.PriceScale, "unit_price_usd");
    }

    public override Product FromGeneric(GenericRecord record) => new(
        GenericValues.Int(record, "product_key"),
        GenericValues.String(record, "name"),
        GenericValues.String(record, "brand"),
        GenericValues.String(record, "color"),
        GenericValues.String(record, "category"),
        GenericValues.String(record, "subcategory"),
        GenericValues.Decimal(record, "unit_cost_usd"),
        GenericValues.Decimal(record, "unit_price_usd"));

    public override GenericRecord ToGeneric(Product value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var record = new GenericRecord(Schema);
        record.Add("product_key", value.ProductKey);
        record.Add("name", value.Name);
        record.Add("brand", value.Brand);
        record.Add("color", value.Color);
        record.Add("category", value.Category);
        record.Add("subcategory", value.Subcategory);
        record.Add("unit_cost_usd", GenericValues.ToAvroDecimal(value.UnitCostUsd, OrderEventCodec.PricePrecision, OrderEventCodec.PriceScale, "unit_cost_usd"));
        record.Add("unit_price_usd", GenericValues.ToAvroDecimal(value.UnitPriceUsd, OrderEventCodec.PricePrecision, OrderEventCodec.PriceScale, "unit_price_usd"));
        return record;
    }
}
