using System.Buffers;
using Avro.Generic;
using Avro.IO;
using TechShop.Avro.Codecs;
using TechShop.Avro.Framing;
using TechShop.Avro.Schemas;
using TechShop.Core.Domain;

namespace TechShop.Functions.Tests.HotPath;

/// <summary>An order framed with the v1 writer schema (no coupon), encoded by Apache.Avro as an older producer would.</summary>
internal static class V1Order
{
    public static byte[] Frame(int schemaId, OrderEvent order)
    {
        var v1 = (global::Avro.RecordSchema)EventSchemas.Parse(EventSchemas.OrderEventV1);
        var v2 = OrderEventCodec.Instance.ToGeneric(order);
        var record = new GenericRecord(v1);
        foreach (var field in v1.Fields)
        {
            record.Add(field.Name, v2[field.Name]);
        }

        using var payload = new MemoryStream();
        new GenericDatumWriter<GenericRecord>(v1).Write(record, new BinaryEncoder(payload));
        var buffer = new ArrayBufferWriter<byte>();
        ConfluentFrame.WriteHeader(buffer, schemaId);
        buffer.Write(payload.ToArray());
        return buffer.WrittenSpan.ToArray();
    }
}
