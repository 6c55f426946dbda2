using TechShop.Core.Warehouse;
using TechShop.Local.Warehouse;

namespace TechShop.Local.Tests.Warehouse;

/// <summary>A DuckDB warehouse file and a folder lake in a fresh temporary directory, removed on dispose.</summary>
internal sealed class TestWarehouse : IDisposable
{
    public const string Bucket = "techshop-lake";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "techshop-warehouse-tests", Guid.NewGuid().ToString("N"));

    public TestWarehouse()
    {
        Directory.CreateDirectory(_root);
        Lake = new ExtractWriter(Path.Combine(_root, "lake"), Bucket);
        Warehouse = new DuckDbWarehouse(new DuckDbWarehouseOptions
        {
            DatabasePath = Path.Combine(_root, "warehouse.duckdb"),
            ResolveLakePath = Lake.PathOf,
            MemoryLimit = "1GB",
        });
        Runner = new ModelRunner(Warehouse);
    }

    public DuckDbWarehouse Warehouse { get; }

    public ExtractWriter Lake { get; }

    public ModelRunner Runner { get; }

    public async Task LoadAsync(IEnumerable<BronzeObject> objects)
    {
        await Runner.EnsureSchemaAsync();
        foreach (var source in objects)
        {
            await Warehouse.LoadBronzeAsync(source);
        }
    }

    public Task<SilverBuildOutcome> BuildSilverAsync() => new SilverBuild(Warehouse).RunAsync();

    public Task<GoldBuildOutcome> BuildGoldAsync() => new GoldBuild(Warehouse).RunAsync();

    public async Task<object?> ScalarAsync(string sql)
    {
        var result = await Warehouse.QueryAsync(sql);
        return result.Rows[0][0];
    }

    public async Task<long> CountAsync(string table) => (long)(await ScalarAsync($"SELECT COUNT(*) FROM {table}"))!;

    public void Dispose()
    {
        Warehouse.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test result is what matters.
        }
    }
}
