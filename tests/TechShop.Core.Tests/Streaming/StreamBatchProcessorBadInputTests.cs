using System.Text;
using System.Text.Json;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

public sealed class StreamBatchProcessorBadInputTests
{
    public static TheoryData<string, BadRecordKind> BadRecords => new()
    {
        { "truncated", BadRecordKind.TruncatedBytes },
        { "empty", BadRecordKind.TruncatedBytes },
        { "magic", BadRecordKind.WrongMagicByte },
        { "schema", BadRecordKind.UnknownSchemaId },
        { "currency", BadRecordKind.UnknownCurrency },
        { "quantity", BadRecordKind.NegativeQuantity },
        { "rate", BadRecordKind.MissingExchangeRate },
        { "no-lines", BadRecordKind.EmptyOrder },
        { "fx-currency", BadRecordKind.UnknownCurrency },
        { "fx-zero", BadRecordKind.InvalidExchangeRate },
        { "topic", BadRecordKind.UnknownTopic },
    };

    private static StreamRecord AddBad(ProcessorHarness h, string bad) => bad switch
    {
        "truncated" => h.Batch.Add(Topics.Orders, 0, [0x00, 0x00, 0x00]),
        "empty" => h.Batch.Add(Topics.Orders, 0, []),
        "magic" => h.Batch.Add(Topics.Orders, 0, TestDecoder.Framed(TestDecoder.SchemaId, 1).Select((b, i) => i == 0 ? (byte)0x7B : b).ToArray()),
        "schema" => h.Batch.Add(Topics.Orders, 0, TestDecoder.Framed(999, 1)),
        "currency" => h.Batch.Order(TestOrders.Order(501, currency: "JPY")),
        "quantity" => h.Batch.Order(TestOrders.Order(502, currency: "USD", lines: new OrderLine(1, 5, -1, 10m))),
        "rate" => h.Batch.Order(TestOrders.Order(503, currency: "AUD")),
        "no-lines" => h.Batch.Order(TestOrders.Order(504, currency: "USD") with { Lines = [] }),
        "fx-currency" => h.Batch.Rate(TestOrders.Rate("CHF", 1.13m)),
        "fx-zero" => h.Batch.Rate(TestOrders.Rate("CAD", 0m)),
        "topic" => h.Batch.Add("returns", 0, TestDecoder.Framed(TestDecoder.SchemaId, 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(bad), bad, null),
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task ProcessAsync_WhenARecordCanNeverSucceed_ShouldDeadLetterItAndGoOnWithTheBatch(string bad, BadRecordKind reason)
    {
        var h = new ProcessorHarness();
        h.Batch.Order(TestOrders.Order(500, currency: "USD"));
        var record = AddBad(h, bad);
        h.Batch.Order(TestOrders.Order(599, currency: "USD"));

        var outcome = await h.RunAsync();

        Assert.Equal((3, 2, 1, 0), (outcome.RecordsIn, outcome.Written, outcome.DeadLettered, outcome.LeftForRetry));
        Assert.True(outcome.IsReconciled);
        Assert.Equal(1, outcome.DeadLetteredFor(reason));
        Assert.Empty(outcome.Failures);
        var key = $"dead-letter/{record.Topic}/dt=2026-03-14/{record.Topic}-0-{record.Offset}.json";
        Assert.Equal([key], h.Lake.Objects.Keys);
        using var letter = JsonDocument.Parse(h.Lake.Objects[key]);
        Assert.Equal(reason.ToString(), letter.RootElement.GetProperty("reason").GetString());
        Assert.Equal(record.Value.ToArray(), letter.RootElement.GetProperty("value").GetBytesFromBase64());
    }

    [Fact]
    public async Task ProcessAsync_WhenEveryKindOfBadRecordArrives_ShouldCountEachByReasonAndLoseNothing()
    {
        var h = new ProcessorHarness();
        foreach (var bad in BadRecords.Select(row => (string)row[0]))
        {
            AddBad(h, bad);
            h.Batch.Order(TestOrders.Order(600 + h.Batch.Records.Count, currency: "USD"));
        }

        var outcome = await h.RunAsync();

        Assert.Equal(22, outcome.RecordsIn);
        Assert.Equal(11, outcome.Written);
        Assert.Equal(11, outcome.DeadLettered);
        Assert.True(outcome.IsReconciled);
        Assert.Equal(2, outcome.DeadLetteredFor(BadRecordKind.TruncatedBytes));
        Assert.Equal(2, outcome.DeadLetteredFor(BadRecordKind.UnknownCurrency));
        Assert.Equal(
            [BadRecordKind.TruncatedBytes, BadRecordKind.WrongMagicByte, BadRecordKind.UnknownSchemaId, BadRecordKind.UnknownCurrency,
             BadRecordKind.NegativeQuantity, BadRecordKind.MissingExchangeRate, BadRecordKind.InvalidExchangeRate, BadRecordKind.UnknownTopic,
             BadRecordKind.EmptyOrder],
            outcome.DeadLetteredByReason.Keys.Order());
        Assert.Equal(11, h.Lake.Objects.Count);
        Assert.Equal(11 * 1089.48m, outcome.RevenueConvertedUsd);
    }

    [Fact]
    public async Task ProcessAsync_ShouldDeadLetterTheOriginalBytesCoordinatesAndReasonAsContractJson()
    {
        var h = new ProcessorHarness();
        h.Batch.Add(Topics.Orders, 3, [0x01, 0x02, 0x03], key: "1045");

        await h.RunAsync();

        var json = Encoding.UTF8.GetString(h.Lake.Objects["dead-letter/orders/dt=2026-03-14/orders-3-100.json"]);
        Assert.Equal(
            """{"topic":"orders","partition":3,"offset":100,"timestamp":1773483331250,"key":"MTA0NQ==","value":"AQID","reason":"TruncatedBytes","detail":"3 bytes; expected at least 9."}""",
            json);
    }
}
