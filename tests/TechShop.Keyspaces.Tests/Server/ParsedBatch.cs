using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>A BATCH body taken apart: type, entries (prepared id and values), consistency.</summary>
internal sealed record ParsedBatch(byte Type, IReadOnlyList<(byte[] Id, IReadOnlyList<byte[]?> Values)> Entries, Consistency Consistency)
{
    public static ParsedBatch Of(ReceivedFrame frame)
    {
        var reader = new CqlBodyReader(frame.Body);
        var type = reader.ReadByte();
        var count = reader.ReadShort();
        var entries = new List<(byte[], IReadOnlyList<byte[]?>)>();
        for (var i = 0; i < count; i++)
        {
            var kind = reader.ReadByte();
            var id = kind == 1 ? reader.ReadShortBytes() : System.Text.Encoding.UTF8.GetBytes(reader.ReadLongString());
            var values = new byte[]?[reader.ReadShort()];
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = reader.ReadBytesArray();
            }

            entries.Add((id, values));
        }

        var consistency = reader.ReadConsistency();
        var flags = reader.ReadByte();
        Assert.Equal(0, flags);
        Assert.Equal(0, reader.Remaining);
        return new ParsedBatch(type, entries, consistency);
    }
}
