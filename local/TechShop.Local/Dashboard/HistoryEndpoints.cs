using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Dashboard;

/// <summary>
/// The historical panels' endpoints: <c>GET /api/history</c> lists them, <c>GET /api/history/{name}</c> answers
/// <c>{"view", "title", "columns": [...], "rows": [[...], ...]}</c> with lower-case column names, decimals as exact
/// numbers, dates as <c>yyyy-MM-dd</c>. 503 when the dashboard has no warehouse (the reason is the error).
/// </summary>
internal static class HistoryEndpoints
{
    public static void Map(WebApplication app, DashboardSources sources)
    {
        app.MapGet("/api/history", DashboardHttp.Handle(context => DashboardHttp.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("available", sources.Warehouse is not null);
            if (sources.WarehouseUnavailableReason is { } reason)
            {
                json.WriteString("reason", reason);
            }

            json.WriteStartArray("views");
            foreach (var view in HistoryViews.All)
            {
                json.WriteStartObject();
                json.WriteString("name", view.Name);
                json.WriteString("title", view.Title);
                json.WriteString("sourceView", view.SourceView);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        })));

        app.MapGet("/api/history/{name}", DashboardHttp.Handle(async context =>
        {
            var name = context.GetRouteValue("name")?.ToString() ?? string.Empty;
            var view = HistoryViews.Find(name) ?? throw new DashboardRequestException(StatusCodes.Status404NotFound,
                $"No historical view '{name}'; the views are: {string.Join(", ", HistoryViews.All.Select(v => v.Name))}.");
            var warehouse = sources.Warehouse ?? throw new DashboardRequestException(StatusCodes.Status503ServiceUnavailable,
                sources.WarehouseUnavailableReason ?? "The dashboard has no warehouse.");
            var result = await warehouse.QueryAsync(view.Sql, context.RequestAborted).ConfigureAwait(false);
            await DashboardHttp.WriteAsync(context, json => Write(json, view, result)).ConfigureAwait(false);
        }));
    }

    private static void Write(Utf8JsonWriter json, HistoryView view, QueryResult result)
    {
        json.WriteStartObject();
        json.WriteString("view", view.Name);
        json.WriteString("title", view.Title);
        json.WriteStartArray("columns");
        foreach (var column in result.Columns)
        {
            json.WriteStringValue(column.ToLowerInvariant());
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                WriteCell(json, cell);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // QueryResult's cell types (string, long, decimal, double, bool, DateOnly, DateTime); anything else as text.
    private static void WriteCell(Utf8JsonWriter json, object? cell)
    {
        switch (cell)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case long l: json.WriteNumberValue(l); break;
            case decimal m: json.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case double: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case DateOnly day: json.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime time: json.WriteStringValue(time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)); break;
            default: json.WriteStringValue(Convert.ToString(cell, CultureInfo.InvariantCulture)); break;
        }
    }
}
