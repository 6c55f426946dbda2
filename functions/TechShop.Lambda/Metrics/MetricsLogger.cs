using System.Buffers;
using System.Text.Json;

namespace TechShop.Lambda.Metrics;

/// <summary>
/// Collects metrics and writes them as CloudWatch Embedded Metric Format log lines on <see cref="Flush"/>
/// (CloudWatch Logs turns them into metrics; no API call on the hot path). Every metric carries the logger's dimensions;
/// a metric recorded with extra dimensions (e.g. <c>Reason</c>) goes to its own document, so that each metric is
/// published under exactly one dimension set. Not thread-safe: one per invocation.
/// </summary>
public sealed class MetricsLogger
{
    /// <summary>EMF limits: metrics per document, values per metric, dimensions per set.</summary>
    public const int MaxMetricsPerDocument = 100;
    public const int MaxValuesPerMetric = 100;
    public const int MaxDimensions = 30;

    private readonly Stream output;
    private readonly TimeProvider time;
    private readonly List<KeyValuePair<string, string>> dimensions = [];
    private readonly List<KeyValuePair<string, string>> properties = [];
    private readonly List<MetricKey> metricOrder = [];
    private readonly Dictionary<MetricKey, (MetricUnit Unit, List<double> Values)> metrics = [];

    public MetricsLogger(string metricNamespace, Stream output, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricNamespace);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        Namespace = metricNamespace;
        this.output = output;
        this.time = time;
    }

    public string Namespace { get; }

    /// <summary>How many metric values wait for the next <see cref="Flush"/>.</summary>
    public int PendingValues => metrics.Values.Sum(m => m.Values.Count);

    /// <summary>Adds a dimension to every metric of this logger (one dimension set).</summary>
    public void AddDimension(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrEmpty(value);
        var existing = dimensions.FindIndex(d => d.Key == name);
        if (existing >= 0)
        {
            dimensions[existing] = new(name, value);
            return;
        }

        if (dimensions.Count == MaxDimensions)
        {
            throw new InvalidOperationException($"Cannot add dimension '{name}': EMF allows at most {MaxDimensions} dimensions.");
        }

        dimensions.Add(new(name, value));
    }

    /// <summary>Adds a searchable property to the log line that is not a dimension (e.g. a request id).</summary>
    public void AddProperty(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        properties.Add(new(name, value));
    }

    /// <summary>Records one value of a metric; repeated values of one metric are sent as an array.</summary>
    public void AddMetric(string name, double value, MetricUnit unit = MetricUnit.Count) =>
        AddMetric(name, value, unit, []);

    /// <summary>
    /// Records one value of a metric published with the logger's dimensions plus <paramref name="extraDimensions"/>
    /// (one dimension set, e.g. <c>[Function, Reason]</c>); each distinct set of extra values is a separate metric.
    /// </summary>
    public void AddMetric(string name, double value, MetricUnit unit, IReadOnlyList<KeyValuePair<string, string>> extraDimensions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(extraDimensions);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Metric '{name}' needs a finite value.");
        }

        foreach (var dimension in extraDimensions)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dimension.Key, nameof(extraDimensions));
            ArgumentException.ThrowIfNullOrEmpty(dimension.Value, nameof(extraDimensions));
        }

        var key = new MetricKey(name, DimensionsKey(extraDimensions), [.. extraDimensions]);
        if (metrics.TryGetValue(key, out var metric))
        {
            if (metric.Unit != unit)
            {
                throw new ArgumentException($"Metric '{name}' was recorded in {metric.Unit}, not {unit}.", nameof(unit));
            }

            metric.Values.Add(value);
            return;
        }

        if (dimensions.Count + extraDimensions.Count > MaxDimensions)
        {
            throw new InvalidOperationException($"Metric '{name}' would have more than {MaxDimensions} dimensions, the EMF limit.");
        }

        metricOrder.Add(key);
        metrics.Add(key, (unit, [value]));
    }

    /// <summary>Writes pending metrics as one or more EMF lines and clears them; dimensions stay.</summary>
    public void Flush()
    {
        if (metricOrder.Count == 0)
        {
            return;
        }

        var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds();
        var buffer = new ArrayBufferWriter<byte>(512);
        foreach (var group in metricOrder.GroupBy(key => key.Dimensions, StringComparer.Ordinal))
        {
            var set = DimensionSet(group.First().Extra);
            foreach (var document in Documents(group))
            {
                WriteDocument(buffer, timestamp, set, document);
            }
        }

        output.Write(buffer.WrittenSpan);
        output.Flush();
        metricOrder.Clear();
        metrics.Clear();
        properties.Clear();
    }

    /// <summary>CloudWatch's spelling of a unit.</summary>
    public static string UnitName(MetricUnit unit)
    {
        var name = unit.ToString();
        return name.EndsWith("PerSecond", StringComparison.Ordinal) ? name[..^"PerSecond".Length] + "/Second" : name;
    }

    // Splits into documents of at most 100 metrics and 100 values per metric, no metric twice in one document.
    private List<List<(string Name, MetricUnit Unit, ArraySegment<double> Values)>> Documents(IEnumerable<MetricKey> keys)
    {
        var documents = new List<List<(string, MetricUnit, ArraySegment<double>)>>();
        foreach (var key in keys)
        {
            var name = key.Name;
            var (unit, values) = metrics[key];
            var all = values.ToArray();
            for (int start = 0, index = 0; start < all.Length; start += MaxValuesPerMetric, index++)
            {
                var slice = new ArraySegment<double>(all, start, Math.Min(MaxValuesPerMetric, all.Length - start));
                while (documents.Count <= index || documents[index].Count == MaxMetricsPerDocument)
                {
                    if (documents.Count <= index)
                    {
                        documents.Add([]);
                    }
                    else
                    {
                        index++;
                    }
                }

                documents[index].Add((name, unit, slice));
            }
        }

        return documents;
    }

    // The logger's dimensions, each overridden by an extra one of the same name, then the other extra ones.
    private List<KeyValuePair<string, string>> DimensionSet(KeyValuePair<string, string>[] extra)
    {
        var set = new List<KeyValuePair<string, string>>(dimensions.Count + extra.Length);
        foreach (var dimension in dimensions)
        {
            var index = Array.FindIndex(extra, e => e.Key == dimension.Key);
            set.Add(index >= 0 ? extra[index] : dimension);
        }

        set.AddRange(extra.Where(e => !dimensions.Exists(d => d.Key == e.Key)));
        return set;
    }

    private static string DimensionsKey(IReadOnlyList<KeyValuePair<string, string>> extra) =>
        extra.Count == 0 ? string.Empty : string.Join("\u0001", extra.Select(d => d.Key + "\u0000" + d.Value));

    private void WriteDocument(
        ArrayBufferWriter<byte> buffer, long timestamp, List<KeyValuePair<string, string>> dimensionSet,
        List<(string Name, MetricUnit Unit, ArraySegment<double> Values)> document)
    {
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", timestamp);
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString(nameof(Namespace), Namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            foreach (var dimension in dimensionSet)
            {
                json.WriteStringValue(dimension.Key);
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            foreach (var metric in document)
            {
                json.WriteStartObject();
                json.WriteString("Name", metric.Name);
                json.WriteString("Unit", UnitName(metric.Unit));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var dimension in dimensionSet)
            {
                json.WriteString(dimension.Key, dimension.Value);
            }

            foreach (var property in properties)
            {
                json.WriteString(property.Key, property.Value);
            }

            foreach (var metric in document)
            {
                if (metric.Values.Count == 1)
                {
                    json.WriteNumber(metric.Name, metric.Values[0]);
                    continue;
                }

                json.WriteStartArray(metric.Name);
                foreach (var value in metric.Values)
                {
                    json.WriteNumberValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
    }

    private readonly record struct MetricKey(string Name, string Dimensions, KeyValuePair<string, string>[] Extra)
    {
        public bool Equals(MetricKey other) => Name == other.Name && Dimensions == other.Dimensions;

        public override int GetHashCode() => HashCode.Combine(Name, Dimensions);
    }
}
