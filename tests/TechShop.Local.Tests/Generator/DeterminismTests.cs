using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

public sealed class DeterminismTests
{
    private static (List<(string Key, byte[] Content)> Extracts, byte[] Stream) Render(TechShopDataset dataset)
    {
        var extracts = DailyExtracts.Build(dataset).Select(f => (f.Key, f.Content.ToArray())).ToList();
        using var stream = new MemoryStream();
        StreamEventJson.WriteLines(EventStream.Build(dataset, new EventStreamOptions { LateRate = 0.05, BadRate = 0.02 }), stream);
        return (extracts, stream.ToArray());
    }

    [Fact]
    public void Create_WhenRunTwiceWithTheSameSeed_ShouldGiveByteIdenticalExtractsAndStream()
    {
        var first = Render(SmallDataset.Create(seed: 11));
        var second = Render(SmallDataset.Create(seed: 11));

        Assert.Equal(first.Extracts.Select(f => f.Key), second.Extracts.Select(f => f.Key));
        for (var i = 0; i < first.Extracts.Count; i++)
        {
            Assert.True(first.Extracts[i].Content.AsSpan().SequenceEqual(second.Extracts[i].Content), first.Extracts[i].Key);
        }

        Assert.True(first.Stream.AsSpan().SequenceEqual(second.Stream));
    }

    [Fact]
    public void Create_WithADifferentSeed_ShouldGiveDifferentData()
    {
        var first = SmallDataset.Create(seed: 11);
        var second = SmallDataset.Create(seed: 12);

        Assert.NotEqual(first.Orders.Count, second.Orders.Count);
        Assert.NotEqual(first.Products[0], second.Products[0]);
        Assert.NotEqual(first.GrossRevenueUsd, second.GrossRevenueUsd);
        var firstStream = Render(first).Stream;
        Assert.False(firstStream.AsSpan().SequenceEqual(Render(second).Stream));
    }

    [Fact]
    public void SeededRandom_ForTheSameSeed_ShouldGiveAKnownSequence()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);
        var values = Enumerable.Range(0, 5).Select(_ => a.NextUInt64()).ToArray();

        Assert.Equal(values, Enumerable.Range(0, 5).Select(_ => b.NextUInt64()));
        Assert.Equal(5, values.Distinct().Count());
        Assert.NotEqual(new SeededRandom(42).Fork("orders").NextUInt64(), new SeededRandom(42).Fork("customers").NextUInt64());
    }
}
