namespace TechShop.Keyspaces.Protocol;

/// <summary>A response frame: its header, its body bytes, and where the message starts after the flag-driven prefixes.</summary>
public sealed record ResponseFrame(FrameHeader Header, byte[] Body)
{
    /// <summary>Tracing id when the tracing flag is set.</summary>
    public Guid? TracingId { get; init; }

    /// <summary>Server warnings when the warning flag is set (else empty).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Offset in <see cref="Body"/> where the message itself begins.</summary>
    public int MessageOffset { get; init; }

    /// <summary>Reads tracing id, warnings and custom payload (in that order) off the front of a body.</summary>
    public static ResponseFrame Create(FrameHeader header, byte[] body)
    {
        if ((header.Flags & FrameFlags.Compressed) != 0)
        {
            throw new Errors.CqlProtocolViolationException("the server sent a compressed frame, but no compression was negotiated");
        }

        var reader = new CqlBodyReader(body);
        Guid? tracing = (header.Flags & FrameFlags.Tracing) != 0 ? reader.ReadUuid() : null;
        var warnings = (header.Flags & FrameFlags.Warning) != 0 ? reader.ReadStringList() : [];
        if ((header.Flags & FrameFlags.CustomPayload) != 0)
        {
            reader.ReadBytesMap();
        }

        return new ResponseFrame(header, body) { TracingId = tracing, Warnings = warnings, MessageOffset = reader.Position };
    }

    /// <summary>The message part of the body.</summary>
    public ReadOnlySpan<byte> Message => Body.AsSpan(MessageOffset);
}
