using System.Buffers;
using Avro;
using Avro.Generic;
using TechShop.Avro.Codecs;
using TechShop.Avro.Tests.Support;

namespace TechShop.Avro.Tests.Codecs;

/// <summary>The span codecs against Apache.Avro, both directions, on thousands of seeded random records with edge values.</summary>
public sealed class CodecEqualityTests
{
    private const int Records = 2000;

    [Fact]
    public void OrderEvent_SpanWriterThenApacheReader_ShouldGiveBackEveryRecord() =>
        SpanToApache(OrderEventCodec.Instance, new RandomEvents(1).Order, Same.Order);

    [Fact]
    public void OrderEvent_ApacheWriterThenSpanReader_ShouldReadWhatApacheReads() =>
        ApacheToSpan(OrderEventCodec.Instance, new RandomEvents(2).Order, Same.Order);

    [Fact]
    public void Customer_SpanWriterThenApacheReader_ShouldGiveBackEveryRecord() =>
        SpanToApache(CustomerCodec.Instance, new RandomEvents(3).Customer, Assert.Equal);

    [Fact]
    public void Customer_ApacheWriterThenSpanReader_ShouldReadWhatApacheReads() =>
        ApacheToSpan(CustomerCodec.Instance, new RandomEvents(4).Customer, Assert.Equal);

    [Fact]
    public void ExchangeRate_SpanWriterThenApacheReader_ShouldGiveBackEveryRecord() =>
        SpanToApache(ExchangeRateCodec.Instance, new RandomEvents(5).Rate, Assert.Equal);

    [Fact]
    public void ExchangeRate_ApacheWriterThenSpanReader_ShouldReadWhatApacheReads() =>
        ApacheToSpan(ExchangeRateCodec.Instance, new RandomEvents(6).Rate, Assert.Equal);

    [Fact]
    public void Product_SpanWriterThenApacheReader_ShouldGiveBackEveryRecord() =>
        SpanToApache(ProductCodec.Instance, new RandomEvents(7).Product, Assert.Equal);

    [Fact]
    public void Product_ApacheWriterThenSpanReader_ShouldReadWhatApacheReads() =>
        ApacheToSpan(ProductCodec.Instance, new RandomEvents(8).Product, Assert.Equal);

    [Fact]
    public void Store_SpanWriterThenApacheReader_ShouldGiveBackEveryRecord() =>
        SpanToApache(StoreCodec.Instance, new RandomEvents(9).Store, Assert.Equal);

    [Fact]
    public void Store_ApacheWriterThenSpanReader_ShouldReadWhatApacheReads() =>
        ApacheToSpan(StoreCodec.Instance, new RandomEvents(10).Store, Assert.Equal);

    [Fact]
    public void KafkaRecord_SpanWriterThenApacheReader_ShouldGiveBackEveryRecord() =>
        SpanToApache(KafkaRecordCodec.Instance, new RandomEvents(11).KafkaRecord, Same.KafkaRecord);

    [Fact]
    public void KafkaRecord_ApacheWriterThenSpanReader_ShouldReadWhatApacheReads() =>
        ApacheToSpan(KafkaRecordCodec.Instance, new RandomEvents(12).KafkaRecord, Same.KafkaRecord);

    [Fact]
    public void OrderEvent_SpanWriter_ShouldWriteTheSameBytesAsApache() =>
        SameBytesAsApache(OrderEventCodec.Instance, new RandomEvents(21, realisticTimes: true).Order, Same.Order);

    [Fact]
    public void Customer_SpanWriter_ShouldWriteTheSameBytesAsApache() =>
        SameBytesAsApache(CustomerCodec.Instance, new RandomEvents(22, realisticTimes: true).Customer, Assert.Equal);

    [Fact]
    public void ExchangeRate_SpanWriter_ShouldWriteTheSameBytesAsApache() =>
        SameBytesAsApache(ExchangeRateCodec.Instance, new RandomEvents(23, realisticTimes: true).Rate, Assert.Equal);

    [Fact]
    public void KafkaRecord_SpanWriter_ShouldWriteTheSameBytesAsApache() =>
        SameBytesAsApache(KafkaRecordCodec.Instance, new RandomEvents(24, realisticTimes: true).KafkaRecord, Same.KafkaRecord);

    [Fact]
    public void Customer_AtTheLastMillisecondOfDateTime_ShouldKeepTheMillisecondApacheLoses()
    {
        // Apache.Avro converts through TimeSpan.TotalMilliseconds (a double) and drops a millisecond near DateTime.MaxValue.
        var last = new DateTime(9999, 12, 31, 23, 59, 59, 999, DateTimeKind.Utc);
        var customer = new RandomEvents(25).Customer() with { ChangedAt = last };

        var decoded = CustomerCodec.Instance.Decode(Encode(CustomerCodec.Instance, customer));
        var viaApache = CustomerCodec.Instance.FromGeneric(ApacheAvro.Read(
            CustomerCodec.Instance.Schema, CustomerCodec.Instance.Schema, Encode(CustomerCodec.Instance, customer)));

        Assert.Equal(last, decoded.ChangedAt);
        Assert.Equal(last, viaApache.ChangedAt);
    }

    [Fact]
    public void OrderEvent_SpanWriter_ShouldGiveApacheTheExactLogicalValues()
    {
        var order = new RandomEvents(13).Order() with
        {
            EventTime = new DateTime(2024, 3, 1, 12, 30, 15, 123, DateTimeKind.Utc),
            OrderDate = new DateOnly(2024, 2, 29),
            DeliveryDate = null,
            Lines = [new(1, 42, 3, -1234567890.12m)],
        };

        var generic = ApacheAvro.Read(OrderEventCodec.Instance.Schema, OrderEventCodec.Instance.Schema, Encode(OrderEventCodec.Instance, order));

        Assert.Equal(order.EventId, (Guid)generic["event_id"]);
        Assert.Equal(new DateTime(2024, 3, 1, 12, 30, 15, 123, DateTimeKind.Utc), (DateTime)generic["event_time"]);
        Assert.Equal(new DateTime(2024, 2, 29), (DateTime)generic["order_date"]);
        Assert.Null(generic["delivery_date"]);
        var line = (GenericRecord)((object[])generic["lines"])[0];
        Assert.Equal(new AvroDecimal(-1234567890.12m), (AvroDecimal)line["unit_price"]);
    }

    private static void SpanToApache<T>(RecordCodec<T> codec, Func<T> next, Action<T, T> same)
        where T : class
    {
        for (var i = 0; i < Records; i++)
        {
            var value = next();
            var generic = ApacheAvro.Read(codec.Schema, codec.Schema, Encode(codec, value));
            same(value, codec.FromGeneric(generic));
        }
    }

    private static void ApacheToSpan<T>(RecordCodec<T> codec, Func<T> next, Action<T, T> same)
        where T : class
    {
        for (var i = 0; i < Records; i++)
        {
            var value = next();
            var apacheBytes = ApacheAvro.Write(codec.Schema, codec.ToGeneric(value));
            same(codec.FromGeneric(ApacheAvro.Read(codec.Schema, codec.Schema, apacheBytes)), codec.Decode(apacheBytes));
        }
    }

    private static void SameBytesAsApache<T>(RecordCodec<T> codec, Func<T> next, Action<T, T> same)
        where T : class
    {
        for (var i = 0; i < Records; i++)
        {
            var value = next();
            var apacheBytes = ApacheAvro.Write(codec.Schema, codec.ToGeneric(value));
            Assert.Equal(apacheBytes, Encode(codec, value));
            same(value, codec.Decode(apacheBytes));
        }
    }

    private static byte[] Encode<T>(RecordCodec<T> codec, T value)
        where T : class
    {
        var buffer = new ArrayBufferWriter<byte>();
        codec.Encode(value, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
