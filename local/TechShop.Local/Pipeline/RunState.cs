using System.Globalization;

namespace TechShop.Local.Pipeline;

/// <summary>
/// The data directory's run parameters (<c>state/run.txt</c>): a run resumes only over the same dataset (seed, scale,
/// period), since every store keys its rows by that dataset; <c>--fresh</c> removes the stores and starts over.
/// </summary>
internal static class RunState
{
    private static readonly string[] Stores = ["lake", "registry", "state", "realtime.db", "realtime.db-wal", "realtime.db-shm", "warehouse.duckdb", "warehouse.duckdb.wal"];

    public static void Prepare(string dataDirectory, PipelineOptions options)
    {
        if (options.Fresh)
        {
            foreach (var store in Stores.Select(s => Path.Combine(dataDirectory, s)))
            {
                if (Directory.Exists(store))
                {
                    Directory.Delete(store, recursive: true);
                }
                else if (File.Exists(store))
                {
                    File.Delete(store);
                }
            }
        }

        var path = Path.Combine(dataDirectory, "state", "run.txt");
        var current = string.Create(CultureInfo.InvariantCulture, $"seed={options.Seed} scale={options.Scale} from={options.From:yyyy-MM-dd} to={options.To:yyyy-MM-dd}");
        if (File.Exists(path))
        {
            var previous = File.ReadAllText(path).Trim();
            if (!string.Equals(previous, current, StringComparison.Ordinal))
            {
                throw new PipelineConfigurationException("--data-dir",
                    $"'{dataDirectory}' holds a run of another dataset ({previous}); this run is {current}. Add --fresh to start over, or use another --data-dir");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, current + Environment.NewLine);
    }
}
