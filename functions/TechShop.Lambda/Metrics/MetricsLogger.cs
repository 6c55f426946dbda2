using System.Buffers;
using System.Text.Json;

namespace TechShop.Lambda.Metrics;

/// <summary>
/// Collects metrics and writes them as CloudWatch Embedded Metric Format log lines on <see cref="Flush"/>
/// (CloudWatch Logs turns them into metrics; no API call on the hot path). Not thread-safe: one per invocation.
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
    private readonly List<string> metricOrder = [];
    private readonly Dictionary<string, (MetricUnit Unit, List<double> Values)> metrics = new(StringComparer.Ordinal);

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
    public void AddMetric(string name, double value, MetricUnit unit = MetricUnit.Count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Metric '{name}' needs a finite value.");
        }

        if (metrics.TryGetValue(name, out var metric))
        {
            if (metric.Unit != unit)
            {
                throw new ArgumentException($"Metric '{name}' was recorded in {metric.Unit}, not {unit}.", nameof(unit));
            }

            metric.Values.Add(value);
            return;
        }

        metricOrder.Add(name);
        metrics.Add(name, (unit, [value]));
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
        foreach (var document in Documents())
        {
            WriteDocument(buffer, timestamp, document);
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
    private List<List<(string Name, MetricUnit Unit, ArraySegment<double> Values)>> Documents()
    {
        var documents = new List<List<(string, MetricUnit, ArraySegment<double>)>>();
        foreach (var name in metricOrder)
        {
            var (unit, values) = metrics[name];
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

    private void WriteDocument(ArrayBufferWriter<byte> buffer, long timestamp, List<(string Name, MetricUnit Unit, ArraySegment<double> Values)> document)
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
            foreach (var dimension in dimensions)
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
            foreach (var dimension in dimensions)
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
}
