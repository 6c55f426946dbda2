using TechShop.Core.Realtime;
using TechShop.Local.Tests.Realtime;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>
/// The shared realtime store contract held by the Keyspaces store: every call is a real CQL v4 exchange over a socket
/// with the project's client, against a node that keeps the sql/keyspaces tables in memory.
/// </summary>
public sealed class KeyspacesRealtimeStoreContractTests : RealtimeStoreContract
{
    private RealtimeStoreFixture? _fixture;

    protected override async Task<IRealtimeStore> CreateStoreAsync()
    {
        _fixture = await RealtimeStoreFixture.StartAsync();
        return _fixture.Store;
    }

    public override async Task DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }
    }
}
