using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TechShop.Core.Realtime;

namespace TechShop.Local.Dashboard;

/// <summary>
/// The live panels' endpoints over the realtime store. Windows end at the newest event in the store (exclusive of
/// nothing: the end is one millisecond past it), so a replayed history shows its own "last hour".
/// </summary>
internal static class LiveEndpoints
{
    public const int DefaultMinutes = 60;
    public const int DefaultDays = 30;

    public static void Map(WebApplication app, DashboardSources sources)
    {
        var store = sources.Realtime;
        app.MapGet("/api/live/summary", DashboardHttp.Handle(async context =>
        {
            var horizon = await sources.Horizon(context.RequestAborted).ConfigureAwait(false);
            var counts = await store.GetCountsAsync(context.RequestAborted).ConfigureAwait(false);
            var days = await store.GetRevenueByOrderDateAsync(DateOnly.MinValue, DateOnly.MaxValue, context.RequestAborted).ConfigureAwait(false);
            var summary = new LiveSummary(horizon.LastEventTime, horizon.LastLagRecordTime, counts, days.Count,
                days.Sum(d => d.Orders), days.Sum(d => d.GrossUsd), days.Sum(d => d.CancelledOrders), days.Sum(d => d.AtRiskBeforeFulfilmentUsd),
                days.Sum(d => d.ReturnedOrders), days.Sum(d => d.AtRiskAfterFulfilmentUsd), days.Sum(d => d.NetUsd));
            await DashboardHttp.WriteAsync(context, summary, DashboardJsonContext.Default.LiveSummary).ConfigureAwait(false);
        }));

        app.MapGet("/api/live/revenue", DashboardHttp.Handle(async context =>
        {
            var days = DashboardQuery.Integer(context, "days", DefaultDays, 1, 3660);
            var horizon = await sources.Horizon(context.RequestAborted).ConfigureAwait(false);
            var last = horizon.LastEventTime is { } t ? DateOnly.FromDateTime(t) : (DateOnly?)null;
            IReadOnlyList<DailyRevenue> items = last is { } day
                ? await store.GetRevenueByOrderDateAsync(day.AddDays(1 - days), day, context.RequestAborted).ConfigureAwait(false)
                : [];
            await DashboardHttp.WriteAsync(context, new LiveDay<DailyRevenue>(last, items), DashboardJsonContext.Default.LiveDayDailyRevenue).ConfigureAwait(false);
        }));

        app.MapGet("/api/live/orders-per-minute", DashboardHttp.Handle(async context =>
        {
            var (from, to) = await EventWindowAsync(context, sources).ConfigureAwait(false);
            var items = await store.GetOrdersPerMinuteAsync(from, to, context.RequestAborted).ConfigureAwait(false);
            await DashboardHttp.WriteAsync(context, new LiveWindow<MinuteVolume>(from, to, items), DashboardJsonContext.Default.LiveWindowMinuteVolume).ConfigureAwait(false);
        }));

        app.MapGet("/api/live/recent-orders", DashboardHttp.Handle(async context =>
        {
            var limit = DashboardQuery.Integer(context, "limit", 15, 1, 500);
            var (from, to) = await EventWindowAsync(context, sources).ConfigureAwait(false);
            var items = await store.GetRecentOrderEventsAsync(from, to, limit, context.RequestAborted).ConfigureAwait(false);
            await DashboardHttp.WriteAsync(context, new LiveWindow<OrderEventRow>(from, to, items), DashboardJsonContext.Default.LiveWindowOrderEventRow).ConfigureAwait(false);
        }));

        app.MapGet("/api/live/payment-mix", DashboardHttp.Handle(async context =>
        {
            var (from, to) = await EventWindowAsync(context, sources).ConfigureAwait(false);
            var items = await store.GetPaymentMixAsync(from, to, context.RequestAborted).ConfigureAwait(false);
            await DashboardHttp.WriteAsync(context, new LiveWindow<PaymentMix>(from, to, items), DashboardJsonContext.Default.LiveWindowPaymentMix).ConfigureAwait(false);
        }));

        app.MapGet("/api/live/top-products", DashboardHttp.Handle(async context =>
        {
            var limit = DashboardQuery.Integer(context, "limit", 10, 1, 100);
            var day = await LastDayAsync(context, sources).ConfigureAwait(false);
            IReadOnlyList<ProductSales> items = day is { } d ? await store.GetTopProductsAsync(d, limit, context.RequestAborted).ConfigureAwait(false) : [];
            await DashboardHttp.WriteAsync(context, new LiveDay<ProductSales>(day, items), DashboardJsonContext.Default.LiveDayProductSales).ConfigureAwait(false);
        }));

        app.MapGet("/api/live/alerts", DashboardHttp.Handle(async context =>
        {
            var day = await LastDayAsync(context, sources).ConfigureAwait(false);
            IReadOnlyList<OrderAlertRow> items = day is { } d ? await store.GetOrderAlertsAsync(d, context.RequestAborted).ConfigureAwait(false) : [];
            await DashboardHttp.WriteAsync(context, new LiveDay<OrderAlertRow>(day, items), DashboardJsonContext.Default.LiveDayOrderAlertRow).ConfigureAwait(false);
        }));

        app.MapGet("/api/live/lag", DashboardHttp.Handle(async context =>
        {
            var minutes = DashboardQuery.Integer(context, "minutes", DefaultMinutes, 1, 7 * 24 * 60);
            var horizon = await sources.Horizon(context.RequestAborted).ConfigureAwait(false);
            var (from, to) = Window(horizon.LastLagRecordTime, minutes);
            var items = await store.GetProcessingLagAsync(from, to, context.RequestAborted).ConfigureAwait(false);
            await DashboardHttp.WriteAsync(context, new LiveWindow<ProcessingLagRow>(from, to, items), DashboardJsonContext.Default.LiveWindowProcessingLagRow).ConfigureAwait(false);
        }));
    }

    private static async Task<(DateTime From, DateTime To)> EventWindowAsync(HttpContext context, DashboardSources sources)
    {
        var minutes = DashboardQuery.Integer(context, "minutes", DefaultMinutes, 1, 7 * 24 * 60);
        var horizon = await sources.Horizon(context.RequestAborted).ConfigureAwait(false);
        return Window(horizon.LastEventTime, minutes);
    }

    private static async Task<DateOnly?> LastDayAsync(HttpContext context, DashboardSources sources)
    {
        var horizon = await sources.Horizon(context.RequestAborted).ConfigureAwait(false);
        return horizon.LastEventTime is { } t ? DateOnly.FromDateTime(t) : null;
    }

    // An empty store has no stream time yet: the wall clock's window is as good as any (and is empty).
    private static (DateTime From, DateTime To) Window(DateTime? last, int minutes)
    {
        var to = (last ?? DateTime.UtcNow).AddMilliseconds(1);
        return (to.AddMinutes(-minutes), to);
    }
}
