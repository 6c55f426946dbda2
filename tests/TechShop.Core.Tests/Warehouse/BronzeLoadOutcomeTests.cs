using TechShop.Core.Warehouse;

namespace TechShop.Core.Tests.Warehouse;

public sealed class BronzeLoadOutcomeTests
{
    private static readonly BronzeObject Archive = new(
        "techshop-lake", "raw/stream/orders/dt=2024-03-01/orders-0-100-199.avro", "9e107d9d372bb6826bd81d3542a419d6", "stream_orders", BronzeFormat.AvroContainer);

    [Fact]
    public void SupersededBy_ShouldLoadNothingAndNotClaimTheAuditHasTheObject()
    {
        var outcome = BronzeLoadOutcome.SupersededBy(Archive, "5d41402abc4b2a76b9719d911017c592");

        Assert.Equal((Archive, 0L, false, true, "5d41402abc4b2a76b9719d911017c592"),
            (outcome.Source, outcome.RowsLoaded, outcome.AlreadyLoaded, outcome.Superseded, outcome.SupersededByETag));
    }

    [Fact]
    public void Equality_ShouldTellASupersededOutcomeFromAnEmptyLoad()
    {
        Assert.NotEqual(new BronzeLoadOutcome(Archive, 0, AlreadyLoaded: false), BronzeLoadOutcome.SupersededBy(Archive, "5d41402abc4b2a76b9719d911017c592"));
        Assert.False(new BronzeLoadOutcome(Archive, 0, AlreadyLoaded: true).Superseded);
    }
}
