using TechShop.Keyspaces.Realtime;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Tests.Server;
using TechShop.Local.Tests.Realtime;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>A <see cref="KeyspacesRealtimeStore"/> connected over 127.0.0.1 to a CQL server holding the tables in memory.</summary>
internal sealed class RealtimeStoreFixture : IAsyncDisposable
{
    private RealtimeStoreFixture(CqlTableServer tables, ScriptedCqlServer server, KeyspacesRealtimeStore store)
    {
        Tables = tables;
        Server = server;
        Store = store;
    }

    public CqlTableServer Tables { get; }

    public ScriptedCqlServer Server { get; }

    public KeyspacesRealtimeStore Store { get; }

    /// <summary>Starts the server and connects a store; <paramref name="fault"/> may answer a frame instead of the tables.</summary>
    public static async Task<RealtimeStoreFixture> StartAsync(
        Func<ReceivedFrame, Reply?>? fault = null, Func<KeyspacesOptions, KeyspacesOptions>? configure = null, int maxAttempts = 4,
        IEnumerable<KeyspacesTable>? ddl = null)
    {
        var tables = new CqlTableServer(ddl);
        var server = new ScriptedCqlServer(frame => fault?.Invoke(frame) ?? tables.Handle(frame));
        try
        {
            var options = TestOptions.Local(server, maxAttempts);
            var store = await KeyspacesRealtimeStore.ConnectAsync(configure is null ? options : configure(options));
            return new RealtimeStoreFixture(tables, server, store);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Server.DisposeAsync();
    }
}
