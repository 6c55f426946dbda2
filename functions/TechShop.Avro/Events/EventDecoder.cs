using System.Collections.Concurrent;
using Avro;
using Avro.Generic;
using Avro.IO;
using TechShop.Avro.Codecs;
using TechShop.Avro.Compatibility;
using TechShop.Avro.Errors;
using TechShop.Avro.Framing;
using TechShop.Avro.Registry;

namespace TechShop.Avro.Events;

/// <summary>
/// The hot path's entry point: reads the Confluent header, decodes with the span codec when the record's schema id is
/// the codec's current schema, and through Apache.Avro schema resolution when it is another registered version.
/// Writer schemas are fetched from the registry once per id. Thread-safe.
/// </summary>
public sealed class EventDecoder
{
    private readonly ISchemaRegistryClient _registry;
    private readonly TopicCodecs _codecs;
    private readonly ConcurrentDictionary<(IRecordCodec Codec, int SchemaId), WriterPlan> _plans = new();

    public EventDecoder(ISchemaRegistryClient registry, TopicCodecs? codecs = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _codecs = codecs ?? TopicCodecs.Default;
    }

    /// <summary>Decodes one framed record value of <paramref name="topic"/>; completes synchronously once the schema id is known.</summary>
    /// <exception cref="ConfluentFramingException">Truncated header or wrong magic byte (permanent).</exception>
    /// <exception cref="MalformedAvroException">The Avro datum is truncated or does not match its schema (permanent).</exception>
    /// <exception cref="UnknownSchemaIdException">The registry does not know the id (permanent).</exception>
    /// <exception cref="IncompatibleWriterSchemaException">The writer schema cannot be resolved into the current one (permanent).</exception>
    /// <exception cref="SchemaRegistryUnavailableException">The registry could not be reached (transient: retry the batch).</exception>
    /// <exception cref="UnknownTopicException">No codec for the topic (configuration).</exception>
    public ValueTask<DecodedEvent> DecodeAsync(string topic, ReadOnlyMemory<byte> record, CancellationToken cancellationToken = default)
    {
        var codec = _codecs.For(topic);
        var schemaId = ConfluentFrame.ReadSchemaId(record.Span, out _);
        return _plans.TryGetValue((codec, schemaId), out var plan)
            ? ValueTask.FromResult(Decode(topic, codec, schemaId, plan, record.Span))
            : DecodeWithNewSchemaAsync(topic, codec, schemaId, record, cancellationToken);
    }

    /// <summary>Fetches and classifies a topic's writer schema ahead of traffic (optional: DecodeAsync does it on first sight).</summary>
    public async Task WarmUpAsync(string topic, int schemaId, CancellationToken cancellationToken = default) =>
        await PlanAsync(topic, _codecs.For(topic), schemaId, cancellationToken).ConfigureAwait(false);

    private async ValueTask<DecodedEvent> DecodeWithNewSchemaAsync(
        string topic, IRecordCodec codec, int schemaId, ReadOnlyMemory<byte> record, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(topic, codec, schemaId, cancellationToken).ConfigureAwait(false);
        return Decode(topic, codec, schemaId, plan, record.Span);
    }

    private async Task<WriterPlan> PlanAsync(string topic, IRecordCodec codec, int schemaId, CancellationToken cancellationToken)
    {
        if (_plans.TryGetValue((codec, schemaId), out var known))
        {
            return known;
        }

        string writerJson;
        try
        {
            writerJson = await _registry.GetSchemaAsync(schemaId, cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaRegistryException ex) when (ex.StatusCode == 404)
        {
            // Not cached: a producer may register the id a moment later on another registry node.
            throw new UnknownSchemaIdException(schemaId, topic, ex);
        }

        return _plans.GetOrAdd((codec, schemaId), ClassifyWriter(writerJson, codec));
    }

    private static WriterPlan ClassifyWriter(string writerJson, IRecordCodec codec)
    {
        Schema writer;
        try
        {
            // Schema.Parse answers null, not an exception, for some undefined type names.
            writer = Schema.Parse(writerJson) ?? throw new SchemaParseException("the schema names no known type");
        }
        catch (Exception ex) when (ex is AvroException or Newtonsoft.Json.JsonException or KeyNotFoundException or ArgumentException)
        {
            return WriterPlan.Refused("the registry's schema does not parse: " + ex.Message);
        }

        if (writer.ToString() == codec.Schema.ToString())
        {
            return WriterPlan.Fast;
        }

        var problems = SchemaCompatibility.CheckCanRead(codec.Schema, writer);
        return problems.Count == 0
            ? WriterPlan.Resolving(writer, codec.Schema)
            : WriterPlan.Refused(string.Join("; ", problems));
    }

    private static DecodedEvent Decode(string topic, IRecordCodec codec, int schemaId, WriterPlan plan, ReadOnlySpan<byte> record)
    {
        var payload = record[ConfluentFrame.HeaderLength..];
        if (plan.IsFast)
        {
            return new DecodedEvent(topic, schemaId, codec.DecodeObject(payload), ViaSchemaResolution: false);
        }

        if (plan.Incompatibility is { } reason)
        {
            throw new IncompatibleWriterSchemaException(schemaId, topic, reason);
        }

        return new DecodedEvent(topic, schemaId, ResolveWithApache(codec, plan, schemaId, topic, payload), ViaSchemaResolution: true);
    }

    private static object ResolveWithApache(IRecordCodec codec, WriterPlan plan, int schemaId, string topic, ReadOnlySpan<byte> payload)
    {
        using var stream = new MemoryStream(payload.ToArray(), writable: false);
        GenericRecord generic;
        try
        {
            lock (plan.ReaderLock)
            {
                generic = plan.ResolvingReader!.Read(reuse: null!, new BinaryDecoder(stream));
            }
        }
        catch (Exception ex) when (ex is AvroException or EndOfStreamException or InvalidCastException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            throw new MalformedAvroException($"Record with schema id {schemaId} on topic '{topic}' does not decode with its writer schema: {ex.Message}", ex);
        }

        if (stream.Position != stream.Length)
        {
            throw new MalformedAvroException(
                $"Record with schema id {schemaId} on topic '{topic}': {stream.Length - stream.Position} bytes left after the record; the datum does not match its writer schema",
                (int)stream.Position,
                truncated: false);
        }

        return codec.FromGenericObject(generic);
    }
}
