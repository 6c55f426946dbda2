using System.Buffers;
using System.Collections.Concurrent;
using TechShop.Avro.Codecs;
using TechShop.Avro.Framing;
using TechShop.Avro.Registry;
using TechShop.Avro.Schemas;
using TechShop.Core.Streaming;

namespace TechShop.Avro.Events;

/// <summary>
/// Produces Confluent-framed values: registers each topic's current schema under <c>&lt;topic&gt;-value</c> once
/// (auto.register.schemas, the Confluent serializer default), then encodes with the span codec. Thread-safe.
/// </summary>
public sealed class EventEncoder
{
    private readonly ISchemaRegistryClient _registry;
    private readonly TopicCodecs _codecs;
    private readonly ConcurrentDictionary<string, int> _schemaIds = new(StringComparer.Ordinal);

    public EventEncoder(ISchemaRegistryClient registry, TopicCodecs? codecs = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _codecs = codecs ?? TopicCodecs.Default;
    }

    /// <summary>The schema id values of <paramref name="topic"/> are framed with (registers the schema on first use).</summary>
    public async ValueTask<int> GetSchemaIdAsync(string topic, CancellationToken cancellationToken = default)
    {
        if (_schemaIds.TryGetValue(topic, out var id))
        {
            return id;
        }

        var codec = _codecs.For(topic);
        id = await _registry.RegisterSchemaAsync(Topics.ValueSubject(topic), EventSchemas.Json(codec.SchemaPath), cancellationToken).ConfigureAwait(false);
        return _schemaIds.GetOrAdd(topic, id);
    }

    /// <summary>Encodes <paramref name="value"/> (the topic's domain record) as magic byte, schema id and Avro datum.</summary>
    public async ValueTask<byte[]> EncodeAsync(string topic, object value, CancellationToken cancellationToken = default)
    {
        var output = new ArrayBufferWriter<byte>(256);
        await EncodeAsync(topic, value, output, cancellationToken).ConfigureAwait(false);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Encodes into a caller-owned buffer (no intermediate array).</summary>
    public async ValueTask EncodeAsync(string topic, object value, IBufferWriter<byte> output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var schemaId = await GetSchemaIdAsync(topic, cancellationToken).ConfigureAwait(false);
        Encode(_codecs.For(topic), schemaId, value, output);
    }

    /// <summary>Frames and encodes with a known schema id (no registry call): for producers that resolved the id up front.</summary>
    public static void Encode(IRecordCodec codec, int schemaId, object value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ConfluentFrame.WriteHeader(output, schemaId);
        codec.EncodeObject(value, output);
    }
}
