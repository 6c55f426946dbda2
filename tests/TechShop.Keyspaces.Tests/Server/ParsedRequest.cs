using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>An EXECUTE or QUERY body taken apart: id or text, consistency, flags, values, paging state.</summary>
internal sealed record ParsedRequest(byte[]? Id, string? Text, Consistency Consistency, byte Flags, IReadOnlyList<byte[]?> Values, byte[]? PagingState)
{
    public static ParsedRequest Of(ReceivedFrame frame)
    {
        var reader = new CqlBodyReader(frame.Body);
        byte[]? id = frame.Opcode == Opcode.Execute ? reader.ReadShortBytes() : null;
        var text = frame.Opcode == Opcode.Query ? reader.ReadLongString() : null;
        var consistency = reader.ReadConsistency();
        var flags = reader.ReadByte();
        var values = new List<byte[]?>();
        if ((flags & 0x01) != 0)
        {
            var count = reader.ReadShort();
            for (var i = 0; i < count; i++)
            {
                values.Add(reader.ReadBytesArray());
            }
        }

        if ((flags & 0x04) != 0)
        {
            reader.ReadInt();
        }

        var paging = (flags & 0x08) != 0 ? reader.ReadBytesArray() : null;
        return new ParsedRequest(id, text, consistency, flags, values, paging);
    }
}
