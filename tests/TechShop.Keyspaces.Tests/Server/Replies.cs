using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>A response the scripted server sends: opcode, flags, body.</summary>
internal sealed record Reply(Opcode Opcode, byte[] Body, byte Flags = 0);

/// <summary>Canned server responses, built by hand from the v4 spec.</summary>
internal static class Replies
{
    /// <summary>No answer at all: the scripted server reads the request and stays silent.</summary>
    public static Reply Silence() => new((Opcode)0xFF, []);

    public static Reply Ready() => new(Opcode.Ready, []);

    public static Reply Authenticate(string authenticator) => new(Opcode.Authenticate, new ServerBody().String(authenticator).ToArray());

    public static Reply AuthChallenge(byte[] token) => new(Opcode.AuthChallenge, new ServerBody().Bytes(token).ToArray());

    public static Reply AuthSuccess() => new(Opcode.AuthSuccess, new ServerBody().Bytes(null).ToArray());

    public static Reply Void() => new(Opcode.Result, new ServerBody().Int(1).ToArray());

    public static Reply SetKeyspace(string keyspace) => new(Opcode.Result, new ServerBody().Int(3).String(keyspace).ToArray());

    /// <summary>A Prepared result with a global table spec; <paramref name="columns"/> are (name, type id).</summary>
    public static Reply Prepared(byte[] id, string table, (string Name, ushort Type)[] columns, params int[] pkIndexes)
    {
        var body = new ServerBody().Int(4).ShortBytes(id).Int(1).Int(columns.Length).Int(pkIndexes.Length);
        foreach (var index in pkIndexes)
        {
            body.Short(index);
        }

        body.String("techshop").String(table);
        foreach (var (name, type) in columns)
        {
            body.String(name).Short(type);
        }

        return new Reply(Opcode.Result, body.Int(4).Int(0).ToArray());
    }

    /// <summary>Rows with a global table spec; cells are raw [bytes] contents (null for null).</summary>
    public static Reply Rows((string Name, ushort Type)[] columns, byte[]?[][] rows, byte[]? pagingState = null)
    {
        var body = new ServerBody().Int(2).Int(pagingState is null ? 1 : 3).Int(columns.Length);
        if (pagingState is not null)
        {
            body.Bytes(pagingState);
        }

        body.String("system").String("peers");
        foreach (var (name, type) in columns)
        {
            body.String(name).Short(type);
        }

        body.Int(rows.Length);
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                body.Bytes(cell);
            }
        }

        return new Reply(Opcode.Result, body.ToArray());
    }

    public static Reply Error(int code, string message, Action<ServerBody>? extras = null)
    {
        var body = new ServerBody().Int(code).String(message);
        extras?.Invoke(body);
        return new Reply(Opcode.Error, body.ToArray());
    }

    public static Reply WriteTimeout() =>
        Error(0x1100, "Operation timed out - received only 0 responses.", b => b.Short(6).Int(0).Int(2).String("SIMPLE"));

    public static Reply Overloaded() => Error(0x1001, "Request rate too high");

    public static Reply Unavailable() => Error(0x1000, "Cannot achieve consistency level LOCAL_QUORUM", b => b.Short(6).Int(2).Int(1));
}
