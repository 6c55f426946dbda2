namespace TechShop.Core.Realtime;

/// <summary>
/// The shard number that spreads one time bucket of a realtime table over <see cref="Count"/> partitions, so that
/// 10,000 events/s stay under Keyspaces' 1,000 WCU/s per partition (sql/keyspaces/README.md has the arithmetic).
/// </summary>
public static class RealtimeShard
{
    /// <summary>Partitions per time bucket; a panel reads them all with <c>shard IN (0..Count-1)</c>.</summary>
    public const int Count = 32;

    /// <summary>The shard of an order: its number modulo <see cref="Count"/>, never negative.</summary>
    public static int Of(long orderNumber) => (int)(((orderNumber % Count) + Count) % Count);
}
