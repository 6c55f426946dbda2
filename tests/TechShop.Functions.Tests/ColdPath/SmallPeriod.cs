using TechShop.Core.Lake;
using TechShop.Functions.ColdPath;
using TechShop.Local.Generator;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>A generated fortnight landed and loaded through bronze-load in one harness, for the scenario tests.</summary>
internal static class SmallPeriod
{
    public static readonly GeneratorOptions Options = new() { Seed = 5, Scale = 0.1, From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 14) };

    public static TechShopDataset Dataset { get; } = TechShopGenerator.Create(Options);

    /// <summary>Lands every extract of the fortnight and loads each through its own notification; returns the objects.</summary>
    public static async Task<IReadOnlyList<LakeObjectInfo>> LandAndLoadAsync(ColdPathHarness harness)
    {
        var landed = new List<LakeObjectInfo>();
        foreach (var file in DailyExtracts.Build(Dataset))
        {
            var info = await harness.Lake.PutAsync(file.Key, new MemoryStream(file.Content.ToArray()), "application/x-ndjson");
            var response = await harness.NotifyAsync(info);
            Assert.Equal(BronzeRecordStatus.Loaded, Assert.Single(response.Records).Status);
            landed.Add(info);
        }

        return landed;
    }
}
