using Avro;
using Avro.Generic;

namespace TechShop.Avro.Events;

/// <summary>How records of one (topic codec, writer schema id) pair are decoded: fast codec, schema resolution, or refused.</summary>
internal sealed class WriterPlan
{
    private readonly Lock _readerLock = new();

    private WriterPlan(Schema? writer, GenericDatumReader<GenericRecord>? resolvingReader, string? incompatibility)
    {
        Writer = writer;
        ResolvingReader = resolvingReader;
        Incompatibility = incompatibility;
    }

    public static WriterPlan Fast { get; } = new(null, null, null);

    public Schema? Writer { get; }

    public GenericDatumReader<GenericRecord>? ResolvingReader { get; }

    /// <summary>Why the writer schema cannot be read as the current one; null when it can.</summary>
    public string? Incompatibility { get; }

    public bool IsFast => ReferenceEquals(this, Fast);

    /// <summary>Apache.Avro's resolving reader keeps per-instance state; the rare fallback path takes a lock.</summary>
    public Lock ReaderLock => _readerLock;

    public static WriterPlan Resolving(Schema writer, Schema reader) =>
        new(writer, new GenericDatumReader<GenericRecord>(writer, reader), null);

    public static WriterPlan Refused(string incompatibility) => new(null, null, incompatibility);
}
