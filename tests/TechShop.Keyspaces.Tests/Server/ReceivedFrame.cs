using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>A request the scripted server read: which connection, stream, opcode and body.</summary>
internal sealed record ReceivedFrame(int Connection, short Stream, Opcode Opcode, byte[] Body)
{
    /// <summary>The [long string] a QUERY or PREPARE starts with.</summary>
    public string Text
    {
        get
        {
            var reader = new CqlBodyReader(Body);
            return reader.ReadLongString();
        }
    }
}
