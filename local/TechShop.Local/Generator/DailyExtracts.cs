using System.Text.Json.Serialization.Metadata;
using TechShop.Core.Domain;
using TechShop.Core.Extracts;
using TechShop.Core.Lake;

namespace TechShop.Local.Generator;

/// <summary>
/// The daily export of the operational database (CONTRACTS.md "Daily extracts"): per entity and day, the rows
/// created or changed that day. The first day of the period carries the whole catalogue (stores, products); an
/// order changed several times in a day appears once, as it stood at the end of that day.
/// </summary>
public static class DailyExtracts
{
    /// <summary>The extract files for the days in [<paramref name="from"/>, <paramref name="to"/>], in (day, entity) order.</summary>
    public static IReadOnlyList<ExtractFile> Build(TechShopDataset dataset, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var files = new List<ExtractFile>();
        bool InRange(DateOnly day) => day >= from && day <= to;
        var firstDay = dataset.Options.From;

        if (InRange(firstDay))
        {
            files.Add(File(ExtractEntity.Stores, firstDay, dataset.Stores, ExtractJsonContext.Default.Store));
            files.Add(File(ExtractEntity.Products, firstDay, dataset.Products, ExtractJsonContext.Default.Product));
        }

        files.AddRange(ByDay(ExtractEntity.Customers, dataset.CustomerVersions.Where(c => InRange(Day(c.ChangedAt))), c => Day(c.ChangedAt),
            ExtractJsonContext.Default.Customer));
        files.AddRange(ByDay(ExtractEntity.ExchangeRates, dataset.ExchangeRates.Where(r => InRange(r.Date)), r => r.Date,
            ExtractJsonContext.Default.ExchangeRate));

        var orderRows = new List<OrderRow>();
        var lineRows = new List<OrderLineRow>();
        foreach (var order in dataset.Orders)
        {
            var placed = order.Placed;
            if (InRange(placed.OrderDate))
            {
                lineRows.AddRange(placed.Lines.Select(l =>
                    new OrderLineRow(placed.OrderNumber, l.LineNumber, l.ProductKey, l.Quantity, l.UnitPrice, placed.EventTime)));
            }

            for (var i = 0; i < order.History.Count; i++)
            {
                var state = order.History[i];
                var day = Day(state.EventTime);
                var lastOfDay = i == order.History.Count - 1 || Day(order.History[i + 1].EventTime) != day;
                if (lastOfDay && InRange(day))
                {
                    orderRows.Add(new OrderRow(state.OrderNumber, state.OrderDate, state.DeliveryDate, state.CustomerKey, state.StoreKey,
                        state.Channel, state.CurrencyCode, state.PaymentMethod, state.Status, state.EventTime));
                }
            }
        }

        orderRows.Sort((a, b) => a.UpdatedAt != b.UpdatedAt ? a.UpdatedAt.CompareTo(b.UpdatedAt) : a.OrderNumber.CompareTo(b.OrderNumber));
        files.AddRange(ByDay(ExtractEntity.Orders, orderRows, r => Day(r.UpdatedAt), ExtractJsonContext.Default.OrderRow));
        files.AddRange(ByDay(ExtractEntity.OrderLines, lineRows, r => Day(r.UpdatedAt), ExtractJsonContext.Default.OrderLineRow));

        var entityOrder = ExtractEntity.All.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        return [.. files.OrderBy(f => f.Day).ThenBy(f => entityOrder[f.Entity])];
    }

    /// <summary>All extract files of the dataset's period.</summary>
    public static IReadOnlyList<ExtractFile> Build(TechShopDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(dataset, dataset.Options.From, dataset.Options.To);
    }

    /// <summary>Lands the files in the lake (idempotent: the same file lands on the same key with the same bytes).</summary>
    public static async Task LandAsync(IEnumerable<ExtractFile> files, ILake lake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(lake);
        foreach (var file in files)
        {
            using var content = new MemoryStream(file.Content.ToArray(), writable: false);
            await lake.PutAsync(file.Key, content, "application/x-ndjson", cancellationToken);
        }
    }

    private static IEnumerable<ExtractFile> ByDay<T>(string entity, IEnumerable<T> rows, Func<T, DateOnly> dayOf, JsonTypeInfo<T> typeInfo) =>
        rows.GroupBy(dayOf).Select(g => File(entity, g.Key, g.ToList(), typeInfo));

    private static ExtractFile File<T>(string entity, DateOnly day, IReadOnlyCollection<T> rows, JsonTypeInfo<T> typeInfo) =>
        new(entity, day, LakeKey.BatchExtract(entity, day), ExtractJsonLines.Serialize(rows, typeInfo), rows.Count);

    private static DateOnly Day(DateTime time) => DateOnly.FromDateTime(time);
}
