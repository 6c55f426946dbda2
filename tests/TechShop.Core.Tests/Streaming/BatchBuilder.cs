using System.Text;
using TechShop.Core.Domain;
using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

/// <summary>Builds a batch of raw records with offsets counted per partition from 100, timestamps 1 s after the event time.</summary>
internal sealed class BatchBuilder(TestDecoder decoder)
{
    private readonly Dictionary<(string, int), long> _next = [];

    public List<StreamRecord> Records { get; } = [];

    public DateTime Timestamp { get; set; } = TestOrders.EventTime.AddSeconds(1);

    public StreamRecord Order(OrderEvent order, int partition = 0) =>
        Add(Topics.Orders, partition, decoder.Encode(order), order.OrderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public StreamRecord Customer(Customer customer, int partition = 0) =>
        Add(Topics.Customers, partition, decoder.Encode(customer), customer.CustomerKey.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public StreamRecord Rate(ExchangeRate rate, int partition = 0) =>
        Add(Topics.FxRates, partition, decoder.Encode(rate), $"{rate.Currency}:{rate.Date:yyyy-MM-dd}");

    public StreamRecord Add(string topic, int partition, byte[] value, string? key = null)
    {
        var offset = _next.GetValueOrDefault((topic, partition), 100);
        _next[(topic, partition)] = offset + 1;
        var record = new StreamRecord(topic, partition, offset, Timestamp, key is null ? null : Encoding.UTF8.GetBytes(key), value);
        Records.Add(record);
        return record;
    }
}
