using System.Buffers;
using Avro;
using Avro.Generic;
using Avro.IO;
using BenchmarkDotNet.Attributes;
using TechShop.Avro.Codecs;
using TechShop.Avro.Events;
using TechShop.Avro.Framing;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;

namespace TechShop.Benchmarks.Avro;

/// <summary>
/// OrderEvent decode and encode, span codec vs Apache.Avro generic reader/writer, per record (1,000 records per operation).
/// Run: dotnet run -c Release --project benchmarks/TechShop.Benchmarks -- --filter '*OrderEventCodec*' --job short
/// </summary>
[MemoryDiagnoser]
public class OrderEventCodecBenchmarks : IDisposable
{
    private const int Records = 1000;
    private const int SchemaId = 1;
    private readonly ArrayBufferWriter<byte> _output = new(256 * Records);
    private readonly MemoryStream _apacheOutput = new(256 * Records);
    private byte[][] _framed = [];
    private byte[] _concatenatedPayloads = [];
    private List<OrderEvent> _orders = [];
    private GenericRecord[] _generic = [];
    private GenericDatumReader<GenericRecord> _apacheReader = null!;
    private GenericDatumWriter<GenericRecord> _apacheWriter = null!;
    private EventDecoder _decoder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var codec = OrderEventCodec.Instance;
        _orders = BenchmarkOrders.Create(Records);
        _framed = _orders.Select(order =>
        {
            var buffer = new ArrayBufferWriter<byte>();
            EventEncoder.Encode(codec, SchemaId, order, buffer);
            return buffer.WrittenSpan.ToArray();
        }).ToArray();
        _concatenatedPayloads = _framed.SelectMany(f => f.Skip(ConfluentFrame.HeaderLength)).ToArray();
        _generic = _orders.Select(codec.ToGeneric).ToArray();
        _apacheReader = new GenericDatumReader<GenericRecord>(codec.Schema, codec.Schema);
        _apacheWriter = new GenericDatumWriter<GenericRecord>(codec.Schema);
        _decoder = new EventDecoder(new PreloadedSchemaRegistry(SchemaId, EventSchemas.Json(EventSchemas.OrderEventCurrent)));
        _decoder.WarmUpAsync("orders", SchemaId).GetAwaiter().GetResult();
    }

    /// <summary>Average encoded size of a framed record, printed with the results.</summary>
    public double AverageFramedBytes => _framed.Average(f => f.Length);

    [Benchmark(OperationsPerInvoke = Records)]
    public int SpanDecode()
    {
        var lines = 0;
        foreach (var framed in _framed)
        {
            ConfluentFrame.ReadSchemaId(framed, out var payload);
            lines += OrderEventCodec.Instance.Decode(payload).Lines.Count;
        }

        return lines;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int EventDecoderDecode()
    {
        var lines = 0;
        foreach (var framed in _framed)
        {
            var pending = _decoder.DecodeAsync("orders", framed);

            // Known schema ids complete synchronously: this is the path the hot loop takes.
            var decoded = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            lines += ((OrderEvent)decoded.Value).Lines.Count;
        }

        return lines;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int ApacheGenericDecode()
    {
        // Apache at its best: one shared stream and decoder over all payloads, generic records only (no domain mapping).
        using var stream = new MemoryStream(_concatenatedPayloads, writable: false);
        var decoder = new BinaryDecoder(stream);
        var lines = 0;
        for (var i = 0; i < Records; i++)
        {
            lines += ((object[])_apacheReader.Read(null!, decoder)["lines"]).Length;
        }

        return lines;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int ApacheGenericDecodeToDomain()
    {
        // What the hot path would need from Apache: generic records mapped to the domain OrderEvent.
        using var stream = new MemoryStream(_concatenatedPayloads, writable: false);
        var decoder = new BinaryDecoder(stream);
        var lines = 0;
        for (var i = 0; i < Records; i++)
        {
            lines += OrderEventCodec.Instance.FromGeneric(_apacheReader.Read(null!, decoder)).Lines.Count;
        }

        return lines;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int SpanEncode()
    {
        _output.ResetWrittenCount();
        foreach (var order in _orders)
        {
            EventEncoder.Encode(OrderEventCodec.Instance, SchemaId, order, _output);
        }

        return _output.WrittenCount;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public long ApacheGenericEncode()
    {
        _apacheOutput.SetLength(0);
        var encoder = new BinaryEncoder(_apacheOutput);
        foreach (var record in _generic)
        {
            _apacheOutput.WriteByte(ConfluentFrame.MagicByte);
            _apacheOutput.Write([0, 0, 0, SchemaId]);
            _apacheWriter.Write(record, encoder);
        }

        return _apacheOutput.Length;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _apacheOutput.Dispose();
        GC.SuppressFinalize(this);
    }
}
