using System.Buffers.Binary;
using TechShop.Keyspaces.Errors;

namespace TechShop.Keyspaces.Protocol;

/// <summary>The 9-byte v4 frame header: version, flags, stream, opcode, body length (all big-endian).</summary>
public readonly record struct FrameHeader(byte Version, FrameFlags Flags, short Stream, Opcode Opcode, int BodyLength)
{
    /// <summary>Header size in bytes.</summary>
    public const int Size = 9;

    /// <summary>Version byte of a v4 request.</summary>
    public const byte RequestVersion = 0x04;

    /// <summary>Version byte of a v4 response (direction bit set).</summary>
    public const byte ResponseVersion = 0x84;

    /// <summary>Largest body the protocol allows (256 MB).</summary>
    public const int MaxBodyLength = 256 * 1024 * 1024;

    /// <summary>Writes this header into the first nine bytes of <paramref name="destination"/>.</summary>
    public void WriteTo(Span<byte> destination)
    {
        destination[0] = Version;
        destination[1] = (byte)Flags;
        BinaryPrimitives.WriteInt16BigEndian(destination[2..], Stream);
        destination[4] = (byte)Opcode;
        BinaryPrimitives.WriteInt32BigEndian(destination[5..], BodyLength);
    }

    /// <summary>Reads a response header, rejecting versions other than v4 and out-of-range lengths.</summary>
    public static FrameHeader ReadResponse(ReadOnlySpan<byte> source)
    {
        if (source.Length < Size)
        {
            throw new CqlProtocolViolationException($"a frame header needs {Size} bytes, got {source.Length}");
        }

        var header = new FrameHeader(
            source[0], (FrameFlags)source[1], BinaryPrimitives.ReadInt16BigEndian(source[2..]), (Opcode)source[4],
            BinaryPrimitives.ReadInt32BigEndian(source[5..]));
        if (header.Version != ResponseVersion)
        {
            throw new CqlProtocolViolationException(
                $"expected a protocol v4 response (version byte 0x84), got 0x{header.Version:X2}");
        }

        if (header.BodyLength is < 0 or > MaxBodyLength)
        {
            throw new CqlProtocolViolationException($"frame body length {header.BodyLength} is outside 0..{MaxBodyLength}");
        }

        return header;
    }
}
