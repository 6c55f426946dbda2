using TechShop.Core.Realtime;
using TechShop.Local.Realtime;

namespace TechShop.Local.Tests.Realtime;

/// <summary>The realtime store contract held by the SQLite store, each test on its own database file.</summary>
public sealed class SqliteRealtimeStoreContractTests : RealtimeStoreContract
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "techshop-realtime-" + Guid.NewGuid().ToString("N"));
    private SqliteRealtimeStore? _store;

    protected override async Task<IRealtimeStore> CreateStoreAsync() => _store = await SqliteRealtimeStore.OpenAsync(_directory);

    public override Task DisposeAsync()
    {
        _store?.Dispose();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
