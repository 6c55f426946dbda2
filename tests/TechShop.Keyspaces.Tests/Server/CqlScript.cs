using System.Security.Cryptography;
using System.Text;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>What a healthy Keyspaces node answers, for the requests a test does not script itself.</summary>
internal static class CqlScript
{
    public const string InsertOrder = "INSERT INTO orders_by_day (day, order_id, total) VALUES (?, ?, ?)";

    public const string InsertItem = "INSERT INTO items_by_store_day (store, day, order_id, line) VALUES (?, ?, ?, ?)";

    public const string UpdateWithoutKey = "UPDATE totals SET n = ? WHERE k = now()";

    private static readonly (string, ushort)[] ItemColumns = [("store", 0x0009), ("day", 0x0011), ("order_id", 0x000C), ("line", 0x0009)];

    private static readonly (string, ushort)[] OrderColumns = [("day", 0x0011), ("order_id", 0x000C), ("total", 0x0006)];

    public static Reply Default(ReceivedFrame frame) => frame.Opcode switch
    {
        Opcode.Startup => Replies.Ready(),
        Opcode.Query when frame.Text.StartsWith("USE ", StringComparison.Ordinal) => Replies.SetKeyspace(frame.Text[5..^1]),
        Opcode.Query when frame.Text.Contains("system.peers", StringComparison.Ordinal) =>
            Replies.Rows([("peer", 0x0010), ("rpc_address", 0x0010)], []),
        Opcode.Prepare when frame.Text == InsertOrder => Replies.Prepared(IdOf(frame.Text), "orders_by_day", OrderColumns, 0),
        Opcode.Prepare when frame.Text == InsertItem => Replies.Prepared(IdOf(frame.Text), "items_by_store_day", ItemColumns, 1, 0),
        Opcode.Prepare when frame.Text == UpdateWithoutKey => Replies.Prepared(IdOf(frame.Text), "totals", [("n", 0x0002)]),
        Opcode.Prepare => Replies.Prepared(IdOf(frame.Text), "t", []),
        Opcode.Query or Opcode.Execute or Opcode.Batch => Replies.Void(),
        _ => Replies.Error(0x000A, $"unexpected {frame.Opcode}"),
    };

    /// <summary>A deterministic prepared id per query text, as Cassandra derives it from the query (MD5 there).</summary>
    public static byte[] IdOf(string query) => SHA256.HashData(Encoding.UTF8.GetBytes(query))[..16];
}
