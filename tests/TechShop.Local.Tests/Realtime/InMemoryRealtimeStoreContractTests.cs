using TechShop.Core.Realtime;

namespace TechShop.Local.Tests.Realtime;

/// <summary>The realtime store contract held by the in-memory store (TechShop.Core).</summary>
public sealed class InMemoryRealtimeStoreContractTests : RealtimeStoreContract
{
    protected override Task<IRealtimeStore> CreateStoreAsync() => Task.FromResult<IRealtimeStore>(new InMemoryRealtimeStore());
}
