using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TechShop.Local.Dashboard;

/// <summary>
/// The local dashboard: a Kestrel server on 127.0.0.1 serving the page (live panels from the realtime store,
/// historical views from the warehouse) and its JSON endpoints. Dispose to stop it.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The page's URL, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Url { get; }

    /// <summary>Starts serving <paramref name="sources"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static async Task<DashboardServer> StartAsync(DashboardSources sources, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        LiveEndpoints.Map(app, sources);
        HistoryEndpoints.Map(app, sources);
        DashboardAssets.Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops listening; requests in flight finish first.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
