using System.Text.Json;
using TechShop.Core.Extracts;
using TechShop.Local.Generator;
using TechShop.Local.Invoke;
using TechShop.Local.Warehouse;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>
/// What <c>techshop invoke bronze-load --event F --data-dir D</c> runs: the event file read by <see cref="LocalEventFile"/>,
/// the handlers composed by <see cref="LocalHandlerCatalog"/> over the data directory, invoked by <see cref="LocalInvoker"/>.
/// </summary>
public sealed class LocalInvokeTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "techshop-coldpath-invoke", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Invoke_BronzeLoadThenSilverBuild_ShouldLoadTheLandedExtractIntoTheDataDirectorysWarehouse()
    {
        var stores = DailyExtracts.Build(SmallPeriod.Dataset).Single(f => f.Entity == ExtractEntity.Stores);
        var info = await LocalColdPath.Lake(_dataDirectory).PutAsync(stores.Key, new MemoryStream(stores.Content.ToArray()), "application/x-ndjson");
        var eventFile = Path.Combine(_dataDirectory, "event.json");
        await File.WriteAllBytesAsync(eventFile, ColdPathHarness.ObjectCreatedEvent(info));
        using var logs = new MemoryStream();
        var invoker = new LocalInvoker(LocalHandlerCatalog.Create(_dataDirectory), logs);

        var loaded = await invoker.InvokeAsync("bronze-load", await LocalEventFile.ReadAsync(eventFile, CancellationToken.None), CancellationToken.None);
        var silver = await invoker.InvokeAsync("silver-build", """{"version":"0","id":"1","detail-type":"Scheduled Event","source":"aws.events","time":"2024-03-02T00:00:00Z","detail":{}}"""u8.ToArray(), CancellationToken.None);

        Assert.True(loaded.Succeeded, System.Text.Encoding.UTF8.GetString(loaded.Payload.Span));
        var record = JsonDocument.Parse(loaded.Payload).RootElement.GetProperty("records")[0];
        Assert.Equal(("Loaded", stores.RowCount, stores.Key), (record.GetProperty("status").GetString(), record.GetProperty("rowsLoaded").GetInt32(), record.GetProperty("key").GetString()));
        Assert.True(silver.Succeeded, System.Text.Encoding.UTF8.GetString(silver.Payload.Span));
        Assert.Equal("Merged", JsonDocument.Parse(silver.Payload).RootElement.GetProperty("status").GetString());
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "warehouse.duckdb")));
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "lake", LocalColdPath.DefaultBucket, stores.Key)));
        Assert.Equal(["bronze-load", "gold-build", "silver-build"], LocalHandlerCatalog.Create(_dataDirectory).Names.Where(n => n.Contains("build", StringComparison.Ordinal) || n == "bronze-load"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The DuckDB file of the composed handlers stays open until the process ends; a leftover temp folder is harmless.
        }
    }
}
