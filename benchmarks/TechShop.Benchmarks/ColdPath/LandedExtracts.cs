using System.Globalization;
using TechShop.Core.Lake;
using TechShop.Local.Generator;
using TechShop.Local.Lake;

namespace TechShop.Benchmarks.ColdPath;

/// <summary>
/// The generator's extracts of one scale landed in a folder lake: the full rebuild's objects (every day but the last),
/// the last day's, and the generator's figures gold must equal. Kept in a manifest beside the lake, so a large scale
/// (generating scale 100 takes minutes) is landed once and measured many times.
/// </summary>
internal sealed record LandedExtracts(
    List<LakeObjectInfo> Full, List<LakeObjectInfo> Daily, DateOnly LastDay, int Orders, decimal GrossRevenueUsd, long Rows)
{
    private const string ManifestName = "extracts.manifest";

    /// <summary>Reads the manifest of <paramref name="dataDirectory"/>, or generates, lands and writes it.</summary>
    public static async Task<LandedExtracts> LandOrReuseAsync(double scale, string dataDirectory, Action<string> report)
    {
        var lake = Local.Warehouse.LocalColdPath.Lake(dataDirectory);
        var manifest = Path.Combine(dataDirectory, ManifestName);
        if (File.Exists(manifest))
        {
            report($"reusing the extracts landed in {dataDirectory}");
            return await ReadAsync(manifest, lake);
        }

        var dataset = TechShopGenerator.Create(new GeneratorOptions { Scale = scale });
        var lastDay = dataset.Options.To;
        report($"generated {dataset.Orders.Count} orders");
        var full = new List<LakeObjectInfo>();
        long rows = 0;
        // A year of extracts at a time: at scale 100 the whole period's JSON would hold gigabytes at once.
        for (var from = dataset.Options.From; from < lastDay; from = from.AddYears(1))
        {
            var to = from.AddYears(1).AddDays(-1) < lastDay ? from.AddYears(1).AddDays(-1) : lastDay.AddDays(-1);
            var files = DailyExtracts.Build(dataset, from, to);
            rows += files.Sum(f => (long)f.RowCount);
            full.AddRange(await LandAsync(lake, files));
        }

        var lastFiles = DailyExtracts.Build(dataset, lastDay, lastDay);
        rows += lastFiles.Sum(f => (long)f.RowCount);
        var daily = await LandAsync(lake, lastFiles);
        var landed = new LandedExtracts(full, daily, lastDay, dataset.Orders.Count, dataset.GrossRevenueUsd, rows);
        await File.WriteAllLinesAsync(manifest,
        [
            string.Create(CultureInfo.InvariantCulture, $"expect\t{landed.LastDay:yyyy-MM-dd}\t{landed.Orders}\t{landed.GrossRevenueUsd}\t{landed.Rows}"),
            .. full.Select(o => "full\t" + o.Key),
            .. daily.Select(o => "daily\t" + o.Key),
        ]);
        return landed;
    }

    private static async Task<LandedExtracts> ReadAsync(string manifest, FolderLake lake)
    {
        var objects = new Dictionary<string, LakeObjectInfo>(StringComparer.Ordinal);
        await foreach (var info in lake.ListAsync(LakeKey.RawBatchPrefix))
        {
            objects[info.Key] = info;
        }

        var lines = await File.ReadAllLinesAsync(manifest);
        var expect = lines[0].Split('\t');
        List<LakeObjectInfo> Of(string kind) =>
            [.. lines.Skip(1).Select(l => l.Split('\t')).Where(p => p[0] == kind).Select(p => objects[p[1]])];
        return new LandedExtracts(
            Of("full"), Of("daily"), DateOnly.ParseExact(expect[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            int.Parse(expect[2], CultureInfo.InvariantCulture), decimal.Parse(expect[3], CultureInfo.InvariantCulture), long.Parse(expect[4], CultureInfo.InvariantCulture));
    }

    private static async Task<List<LakeObjectInfo>> LandAsync(FolderLake lake, IEnumerable<ExtractFile> files)
    {
        var landed = new List<LakeObjectInfo>();
        foreach (var file in files)
        {
            using var content = new MemoryStream(file.Content.ToArray(), writable: false);
            landed.Add(await lake.PutAsync(file.Key, content, "application/x-ndjson"));
        }

        return landed;
    }
}
