using TechShop.Core.Lake;
using TechShop.Functions.ColdPath;
using TechShop.Local.Generator;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>
/// Two generated months landed in the lake, each extract loaded by its own bronze-load notification, then silver and
/// gold built through their handlers: shared by the tests that read the figures, since the build is the slow part.
/// </summary>
public sealed class GeneratedPeriod : IAsyncLifetime, IDisposable
{
    public static readonly GeneratorOptions Options = new() { Seed = 11, Scale = 0.15, From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 2, 29) };

    internal ColdPathHarness Harness { get; } = new();

    public TechShopDataset Dataset { get; } = TechShopGenerator.Create(Options);

    public IReadOnlyList<ExtractFile> Files { get; private set; } = [];

    public List<BronzeLoadResponse> Loads { get; } = [];

    public SilverBuildResponse? Silver { get; private set; }

    public GoldBuildResponse? Gold { get; private set; }

    public async Task InitializeAsync()
    {
        Files = DailyExtracts.Build(Dataset);
        foreach (var file in Files)
        {
            var info = await Harness.Lake.PutAsync(file.Key, new MemoryStream(file.Content.ToArray()), "application/x-ndjson");
            Loads.Add(await Harness.NotifyAsync(info));
        }

        Silver = await Harness.BuildSilverAsync();
        Gold = await Harness.BuildGoldAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Harness.Dispose();

    /// <summary>The lake object of one landed extract, as the lake describes it now.</summary>
    public async Task<LakeObjectInfo> InfoAsync(string key)
    {
        await foreach (var info in Harness.Lake.ListAsync(key))
        {
            return info;
        }

        throw new InvalidOperationException($"{key} is not in the lake.");
    }
}
