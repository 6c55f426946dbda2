using System.Globalization;
using Spectre.Console;
using TechShop.Cli.Infrastructure;
using TechShop.Core.Extracts;
using TechShop.Core.Streaming;
using TechShop.Local.Generator;

namespace TechShop.Cli.Commands;

/// <summary>What <c>generate</c> produced: rows per entity, events per topic, bad records per kind, revenue.</summary>
internal sealed record GenerateSummary(
    TechShopDataset Dataset,
    IReadOnlyList<ExtractFile> Extracts,
    IReadOnlyList<StreamEvent> Events,
    double BadRate,
    long BytesWritten)
{
    public void Render(CliContext context)
    {
        var table = new Table().Border(context.Interactive ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn("Output").AddColumn("Item").AddColumn(new TableColumn("Count").RightAligned()).AddColumn(new TableColumn("Files").RightAligned());
        foreach (var entity in ExtractEntity.All)
        {
            var files = Extracts.Where(f => f.Entity == entity).ToList();
            table.AddRow("extract rows", entity, Number(files.Sum(f => f.RowCount)), Number(files.Count));
        }

        foreach (var topic in Topics.All)
        {
            table.AddRow("events", topic, Number(Events.Count(e => e.Topic == topic)), string.Empty);
        }

        table.AddRow("events", "late (out of order)", Number(Events.Count(e => e.IsLate)), string.Empty);
        foreach (var kind in BadRecordPlan.Kinds)
        {
            table.AddRow("bad records", kind.ToString(), Number(Events.Count(e => e.BadKind == kind)), string.Empty);
        }

        table.AddRow("sales", "orders", Number(Dataset.Orders.Count), string.Empty);
        table.AddRow("sales", "gross revenue (USD)", Dataset.GrossRevenueUsd.ToString("N2", CultureInfo.InvariantCulture), string.Empty);
        table.AddRow("sales", "average order value (USD)", Dataset.AverageOrderValueUsd.ToString("N2", CultureInfo.InvariantCulture), string.Empty);
        table.AddRow("files", "bytes written", Number(BytesWritten), Number(Extracts.Count + 1));
        context.Console.Write(table);
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
