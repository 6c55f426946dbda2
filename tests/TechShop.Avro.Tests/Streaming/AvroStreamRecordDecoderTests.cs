using System.Buffers;
using Avro.Generic;
using TechShop.Avro.Codecs;
using TechShop.Avro.Events;
using TechShop.Avro.Framing;
using TechShop.Avro.Registry;
using TechShop.Avro.Schemas;
using TechShop.Avro.Streaming;
using TechShop.Avro.Tests.Support;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;

namespace TechShop.Avro.Tests.Streaming;

public sealed class AvroStreamRecordDecoderTests
{
    private readonly InMemorySchemaRegistry _registry = new();
    private readonly AvroStreamRecordDecoder _decoder;

    public AvroStreamRecordDecoderTests()
    {
        _decoder = new AvroStreamRecordDecoder(new EventDecoder(_registry));
    }

    [Fact]
    public async Task DecodeAsync_WhenTheValueIsACurrentOrder_ShouldReturnTheOrder()
    {
        var order = new RandomEvents(7).Order();
        var framed = await new EventEncoder(_registry).EncodeAsync(Topics.Orders, order);

        var decoded = await _decoder.DecodeAsync(Topics.Orders, framed);

        Assert.Equal(DecodedKind.Order, decoded.Kind);
        Same.Order(order, decoded.Order!);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheValuesAreACustomerAndARate_ShouldReturnThem()
    {
        var encoder = new EventEncoder(_registry);
        var customer = new RandomEvents(8).Customer();
        var rate = new ExchangeRate(new DateOnly(2024, 5, 1), "GBP", 1.25140000m);

        var decodedCustomer = await _decoder.DecodeAsync(Topics.Customers, await encoder.EncodeAsync(Topics.Customers, customer));
        var decodedRate = await _decoder.DecodeAsync(Topics.FxRates, await encoder.EncodeAsync(Topics.FxRates, rate));

        Assert.Equal(DecodedKind.Customer, decodedCustomer.Kind);
        Assert.Equal(customer.CustomerKey, decodedCustomer.Customer!.CustomerKey);
        Assert.Equal(rate, decodedRate.ExchangeRate);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheValueIsShorterThanTheHeader_ShouldFailAsTruncatedBytes()
    {
        var decoded = await _decoder.DecodeAsync(Topics.Orders, new byte[] { 0, 0, 0 });

        Assert.Equal(DecodedKind.Failure, decoded.Kind);
        Assert.Equal(BadRecordKind.TruncatedBytes, decoded.Failure);
        Assert.Contains("3", decoded.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheMagicByteIsWrong_ShouldFailAsWrongMagicByte()
    {
        var framed = await new EventEncoder(_registry).EncodeAsync(Topics.Orders, new RandomEvents(9).Order());
        framed[0] = 7;

        var decoded = await _decoder.DecodeAsync(Topics.Orders, framed);

        Assert.Equal(BadRecordKind.WrongMagicByte, decoded.Failure);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheSchemaIdIsUnknown_ShouldFailAsUnknownSchemaIdNamingTheId()
    {
        var framed = await new EventEncoder(_registry).EncodeAsync(Topics.Customers, new RandomEvents(10).Customer());
        framed[4] = 99;

        var decoded = await _decoder.DecodeAsync(Topics.Customers, framed);

        Assert.Equal(BadRecordKind.UnknownSchemaId, decoded.Failure);
        Assert.Contains("99", decoded.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheAvroBodyIsCutShort_ShouldFailAsTruncatedBytes()
    {
        var framed = await new EventEncoder(_registry).EncodeAsync(Topics.Orders, new RandomEvents(11).Order());

        var decoded = await _decoder.DecodeAsync(Topics.Orders, framed.AsMemory(0, framed.Length / 2));

        Assert.Equal(BadRecordKind.TruncatedBytes, decoded.Failure);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheRegistryCannotBeReached_ShouldThrowSoThatTheRecordIsRetried()
    {
        var framed = await new EventEncoder(_registry).EncodeAsync(Topics.Orders, new RandomEvents(12).Order());
        _registry.FailWith = new SchemaRegistryUnavailableException("registry down");

        await Assert.ThrowsAsync<SchemaRegistryUnavailableException>(async () => await _decoder.DecodeAsync(Topics.Orders, framed));
    }

    [Fact]
    public async Task DecodeAsync_WhenTheWriterIsOrderEventV1_ShouldResolveThroughTheFallback()
    {
        var order = new RandomEvents(13).Order() with { CouponCode = null };
        var v1Id = await _registry.RegisterSchemaAsync("orders-value", EventSchemas.Json(EventSchemas.OrderEventV1));

        var decoded = await _decoder.DecodeAsync(Topics.Orders, FrameV1(v1Id, order));

        Assert.Equal(DecodedKind.Order, decoded.Kind);
        Same.Order(order, decoded.Order!);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheSchemaIsCached_ShouldCompleteSynchronously()
    {
        var framed = await new EventEncoder(_registry).EncodeAsync(Topics.Orders, new RandomEvents(14).Order());
        await _decoder.DecodeAsync(Topics.Orders, framed);

        var second = _decoder.DecodeAsync(Topics.Orders, framed);

        Assert.True(second.IsCompletedSuccessfully);
        Assert.Equal(1, _registry.GetSchemaCalls);
    }

    private static byte[] FrameV1(int schemaId, OrderEvent order)
    {
        var v1 = (global::Avro.RecordSchema)EventSchemas.Parse(EventSchemas.OrderEventV1);
        var v2 = OrderEventCodec.Instance.ToGeneric(order);
        var record = new GenericRecord(v1);
        foreach (var field in v1.Fields)
        {
            record.Add(field.Name, v2[field.Name]);
        }

        var buffer = new ArrayBufferWriter<byte>();
        ConfluentFrame.WriteHeader(buffer, schemaId);
        buffer.Write(ApacheAvro.Write(v1, record));
        return buffer.WrittenSpan.ToArray();
    }
}
