using System.Buffers;
using Avro.Generic;
using TechShop.Avro.Codecs;
using TechShop.Avro.Errors;
using TechShop.Avro.Events;
using TechShop.Avro.Framing;
using TechShop.Avro.Registry;
using TechShop.Avro.Schemas;
using TechShop.Avro.Tests.Support;
using TechShop.Core.Domain;

namespace TechShop.Avro.Tests.Events;

public sealed class EventDecoderTests
{
    private readonly InMemorySchemaRegistry _registry = new();

    [Fact]
    public async Task DecodeAsync_WhenTheIdIsTheCurrentSchema_ShouldUseTheSpanCodec()
    {
        var order = new RandomEvents(41).Order();
        var framed = await new EventEncoder(_registry).EncodeAsync("orders", order);

        var decoded = await new EventDecoder(_registry).DecodeAsync("orders", framed);

        Assert.False(decoded.ViaSchemaResolution);
        Assert.Equal(1, decoded.SchemaId);
        Same.Order(order, Assert.IsType<OrderEvent>(decoded.Value));
    }

    [Fact]
    public async Task DecodeAsync_WhenTheRecordWasWrittenWithV1_ShouldResolveItIntoV2WithoutACoupon()
    {
        var order = new RandomEvents(42).Order() with { CouponCode = null };
        var v1Id = await _registry.RegisterSchemaAsync("orders-value", EventSchemas.Json(EventSchemas.OrderEventV1));
        var framed = FrameWithApache(v1Id, ToV1Generic(order));

        var decoded = await new EventDecoder(_registry).DecodeAsync("orders", framed);

        Assert.True(decoded.ViaSchemaResolution);
        Assert.Equal(v1Id, decoded.SchemaId);
        Same.Order(order, Assert.IsType<OrderEvent>(decoded.Value));
    }

    [Fact]
    public async Task DecodeAsync_ShouldFetchEachWriterSchemaOnce()
    {
        var encoder = new EventEncoder(_registry);
        var decoder = new EventDecoder(_registry);
        var events = new RandomEvents(43);

        for (var i = 0; i < 10; i++)
        {
            await decoder.DecodeAsync("customers", await encoder.EncodeAsync("customers", events.Customer()));
        }

        Assert.Equal(1, _registry.GetSchemaCalls);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheRegistryDoesNotKnowTheId_ShouldThrowUnknownSchemaId()
    {
        var framed = new byte[] { 0, 0, 0, 0x30, 0x39, 2, 3 };

        var ex = await Assert.ThrowsAsync<UnknownSchemaIdException>(() => new EventDecoder(_registry).DecodeAsync("orders", framed).AsTask());

        Assert.Equal(12345, ex.SchemaId);
        Assert.Equal("Schema id 12345 on topic 'orders' is not known to the schema registry.", ex.Message);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheWriterSchemaIsAnotherRecord_ShouldThrowIncompatibleWriterSchema()
    {
        var customerId = await _registry.RegisterSchemaAsync("customers-value", EventSchemas.Json(EventSchemas.CustomerV1));
        var framed = await new EventEncoder(_registry).EncodeAsync("customers", new RandomEvents(44).Customer());

        var ex = await Assert.ThrowsAsync<IncompatibleWriterSchemaException>(() => new EventDecoder(_registry).DecodeAsync("orders", framed).AsTask());

        Assert.Equal(customerId, ex.SchemaId);
        Assert.Contains("com.techshop.events.Customer cannot be read as com.techshop.events.OrderEvent", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheRegistrySchemaDoesNotParse_ShouldRefuseTheRecordAsIncompatible()
    {
        var id = await _registry.RegisterSchemaAsync("orders-value", "{\"type\":\"nonsense\"}");

        var ex = await Assert.ThrowsAsync<IncompatibleWriterSchemaException>(() => new EventDecoder(_registry).DecodeAsync("orders", new byte[] { 0, 0, 0, 0, (byte)id, 2 }).AsTask());

        Assert.Contains("does not parse", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheFastPayloadIsTruncated_ShouldThrowMalformedAvroNamingTheField()
    {
        var framed = await new EventEncoder(_registry).EncodeAsync("fx-rates", new ExchangeRate(new DateOnly(2024, 1, 2), "CAD", 0.74210000m));

        var ex = await Assert.ThrowsAsync<MalformedAvroException>(() => new EventDecoder(_registry).DecodeAsync("fx-rates", framed.AsMemory(0, framed.Length - 2)).AsTask());

        Assert.True(ex.IsTruncated);
        Assert.Contains("reading 'rate_to_usd'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheMagicByteIsWrong_ShouldThrowFramingBeforeAskingTheRegistry()
    {
        var ex = await Assert.ThrowsAsync<ConfluentFramingException>(() => new EventDecoder(_registry).DecodeAsync("orders", new byte[] { 9, 0, 0, 0, 1 }).AsTask());

        Assert.Equal((byte)9, ex.MagicByte);
        Assert.Equal(0, _registry.GetSchemaCalls);
    }

    [Fact]
    public async Task DecodeAsync_WhenTheRegistryIsDown_ShouldLetTheTransientFailureThrough()
    {
        _registry.FailWith = new SchemaRegistryUnavailableException("down");

        await Assert.ThrowsAsync<SchemaRegistryUnavailableException>(() => new EventDecoder(_registry).DecodeAsync("orders", new byte[] { 0, 0, 0, 0, 7 }).AsTask());
    }

    [Fact]
    public async Task DecodeAsync_WhenTheTopicHasNoCodec_ShouldNameTheKnownTopics()
    {
        var ex = await Assert.ThrowsAsync<UnknownTopicException>(() => new EventDecoder(_registry).DecodeAsync("payments", new byte[] { 0, 0, 0, 0, 1 }).AsTask());

        Assert.Contains("payments", ex.Message, StringComparison.Ordinal);
        Assert.Contains("fx-rates", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EncodeAsync_ShouldRegisterTheCurrentSchemaUnderTheTopicValueSubjectOnce()
    {
        var encoder = new EventEncoder(_registry);
        var rate = new ExchangeRate(new DateOnly(2024, 5, 1), "GBP", 1.25140000m);

        var first = await encoder.EncodeAsync("fx-rates", rate);
        var second = await encoder.EncodeAsync("fx-rates", rate);

        Assert.Equal(first, second);
        Assert.Equal(1, ConfluentFrame.ReadSchemaId(first, out var payload));
        Assert.Equal(rate, ExchangeRateCodec.Instance.Decode(payload));
        Assert.Equal(1, await _registry.RegisterSchemaAsync("fx-rates-value", EventSchemas.Json(EventSchemas.ExchangeRateV1)));
    }

    private static GenericRecord ToV1Generic(OrderEvent order)
    {
        // The v2 generic record minus coupon_code, re-homed on the v1 schema.
        var v1 = (global::Avro.RecordSchema)EventSchemas.Parse(EventSchemas.OrderEventV1);
        var v2 = OrderEventCodec.Instance.ToGeneric(order);
        var record = new GenericRecord(v1);
        foreach (var field in v1.Fields)
        {
            record.Add(field.Name, v2[field.Name]);
        }

        return record;
    }

    private static byte[] FrameWithApache(int schemaId, GenericRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        ConfluentFrame.WriteHeader(buffer, schemaId);
        buffer.Write(ApacheAvro.Write(record.Schema, record));
        return buffer.WrittenSpan.ToArray();
    }
}
