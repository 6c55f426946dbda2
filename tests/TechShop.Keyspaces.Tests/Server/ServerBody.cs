using System.Buffers.Binary;
using System.Text;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>Builds response bodies byte by byte, independently of the production writer.</summary>
internal sealed class ServerBody
{
    private readonly List<byte> _bytes = [];

    public ServerBody Byte(byte value)
    {
        _bytes.Add(value);
        return this;
    }

    public ServerBody Short(int value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)value);
        _bytes.AddRange(b.ToArray());
        return this;
    }

    public ServerBody Int(int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(b, value);
        _bytes.AddRange(b.ToArray());
        return this;
    }

    public ServerBody String(string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        Short(utf8.Length);
        _bytes.AddRange(utf8);
        return this;
    }

    public ServerBody StringList(params string[] values)
    {
        Short(values.Length);
        foreach (var value in values)
        {
            String(value);
        }

        return this;
    }

    public ServerBody Bytes(byte[]? value)
    {
        if (value is null)
        {
            return Int(-1);
        }

        Int(value.Length);
        _bytes.AddRange(value);
        return this;
    }

    public ServerBody ShortBytes(byte[] value)
    {
        Short(value.Length);
        _bytes.AddRange(value);
        return this;
    }

    public ServerBody Raw(string hex)
    {
        _bytes.AddRange(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal)));
        return this;
    }

    public byte[] ToArray() => [.. _bytes];
}
