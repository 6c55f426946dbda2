using TechShop.Keyspaces.Realtime;
using TechShop.Local.Tests.Realtime;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>The store's one description of each table matches sql/keyspaces, so the DDL and the statements cannot drift.</summary>
public sealed class RealtimeTablesDdlTests
{
    [Fact]
    public void EveryDescription_ShouldMatchTheDdlColumnsTypesAndKeysInOrder()
    {
        var ddl = KeyspacesTable.All();

        Assert.Equal(ddl.Select(t => t.Name), RealtimeTables.All.Select(t => t.Name));
        foreach (var (table, described) in ddl.Zip(RealtimeTables.All))
        {
            Assert.Equal(table.Columns.Select(c => $"{c.Name} {c.Type}"), described.Columns.Select(c => $"{c.Name} {c.CqlType}"));
            Assert.Equal(table.PartitionKey, described.PartitionKey);
            Assert.Equal(table.Clustering, described.Clustering);
        }
    }

    [Fact]
    public void OnlyTheCancelAndReturnTimes_ShouldBeKeptWhenNull()
    {
        var kept = RealtimeTables.All.SelectMany(t => t.Columns.Where(c => c.KeepWhenNull).Select(c => $"{t.Name}.{c.Name}"));

        Assert.Equal(["order_revenue_by_date.cancelled_at", "order_revenue_by_date.returned_at"], kept);
    }

    [Fact]
    public void Select_WhenAPartitionKeyColumnIsNotRestricted_ShouldThrowNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RealtimeTables.OrderEvents.Select("techshop", "event_hour = ?"));

        Assert.Contains("shard is not restricted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_ShouldNameEveryDdlColumnOnceAndCarryNoTtlOfItsOwn()
    {
        foreach (var table in KeyspacesTable.All())
        {
            var insert = RealtimeTables.All.Single(t => t.Name == table.Name).Insert("techshop");

            Assert.Equal(
                $"INSERT INTO techshop.{table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) " +
                $"VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))})",
                insert);
        }
    }
}
