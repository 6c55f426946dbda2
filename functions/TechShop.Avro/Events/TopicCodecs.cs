using System.Collections.Frozen;
using TechShop.Avro.Codecs;
using TechShop.Avro.Errors;

namespace TechShop.Avro.Events;

/// <summary>Which record codec reads and writes each topic's values (subject <c>&lt;topic&gt;-value</c>, TopicNameStrategy).</summary>
public sealed class TopicCodecs
{
    private readonly FrozenDictionary<string, IRecordCodec> _codecs;

    public TopicCodecs(IEnumerable<KeyValuePair<string, IRecordCodec>> codecs)
    {
        _codecs = codecs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The event topics of docs/CONTRACTS.md: orders, customers, fx-rates.</summary>
    public static TopicCodecs Default { get; } = new(new Dictionary<string, IRecordCodec>
    {
        [TechShop.Core.Streaming.Topics.Orders] = OrderEventCodec.Instance,
        [TechShop.Core.Streaming.Topics.Customers] = CustomerCodec.Instance,
        [TechShop.Core.Streaming.Topics.FxRates] = ExchangeRateCodec.Instance,
    });

    public IEnumerable<string> Topics => _codecs.Keys;

    /// <summary>The codec of a topic.</summary>
    /// <exception cref="UnknownTopicException">No codec is bound to the topic.</exception>
    public IRecordCodec For(string topic) =>
        _codecs.TryGetValue(topic, out var codec) ? codec : throw new UnknownTopicException(topic, _codecs.Keys);
}
