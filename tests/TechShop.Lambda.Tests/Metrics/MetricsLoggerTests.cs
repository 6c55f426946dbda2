using System.Text;
using System.Text.Json;
using TechShop.Lambda.Metrics;

namespace TechShop.Lambda.Tests.Metrics;

public sealed class MetricsLoggerTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private readonly MemoryStream output = new();
    private readonly MetricsLogger metrics;

    public MetricsLoggerTests()
    {
        metrics = new MetricsLogger("TechShop", output, new FixedTime(DateTimeOffset.FromUnixTimeMilliseconds(1_772_352_000_000)));
    }

    private List<JsonElement> Lines() =>
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void Flush_ShouldWriteOneEmfDocumentWithNamespaceDimensionsUnitsAndValues()
    {
        metrics.AddDimension("FunctionName", "stream-enrich");
        metrics.AddMetric("RecordsEnriched", 250);
        metrics.AddMetric("ProcessingLag", 12.5, MetricUnit.Milliseconds);
        metrics.AddMetric("ProcessingLag", 40, MetricUnit.Milliseconds);
        metrics.AddMetric("BytesIn", 1024, MetricUnit.BytesPerSecond);
        metrics.AddProperty("requestId", "req-1");

        metrics.Flush();

        Assert.Equal(
            """{"_aws":{"Timestamp":1772352000000,"CloudWatchMetrics":[{"Namespace":"TechShop","Dimensions":[["FunctionName"]],"Metrics":[{"Name":"RecordsEnriched","Unit":"Count"},{"Name":"ProcessingLag","Unit":"Milliseconds"},{"Name":"BytesIn","Unit":"Bytes/Second"}]}]},"FunctionName":"stream-enrich","requestId":"req-1","RecordsEnriched":250,"ProcessingLag":[12.5,40],"BytesIn":1024}""" + "\n",
            Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(0, metrics.PendingValues);
    }

    [Fact]
    public void Flush_WhenAMetricHasAnExtraDimension_ShouldPublishEachDimensionSetInItsOwnDocument()
    {
        metrics.AddDimension("Function", "stream-enrich");
        metrics.AddMetric("RecordsIn", 10);
        metrics.AddMetric("DeadLettered", 2, MetricUnit.Count, [new("Reason", "unknown-currency")]);
        metrics.AddMetric("DeadLettered", 1, MetricUnit.Count, [new("Reason", "truncated-bytes")]);
        metrics.AddMetric("RecordsWritten", 7);

        metrics.Flush();

        Assert.Equal(
            """{"_aws":{"Timestamp":1772352000000,"CloudWatchMetrics":[{"Namespace":"TechShop","Dimensions":[["Function"]],"Metrics":[{"Name":"RecordsIn","Unit":"Count"},{"Name":"RecordsWritten","Unit":"Count"}]}]},"Function":"stream-enrich","RecordsIn":10,"RecordsWritten":7}""" + "\n"
            + """{"_aws":{"Timestamp":1772352000000,"CloudWatchMetrics":[{"Namespace":"TechShop","Dimensions":[["Function","Reason"]],"Metrics":[{"Name":"DeadLettered","Unit":"Count"}]}]},"Function":"stream-enrich","Reason":"unknown-currency","DeadLettered":2}""" + "\n"
            + """{"_aws":{"Timestamp":1772352000000,"CloudWatchMetrics":[{"Namespace":"TechShop","Dimensions":[["Function","Reason"]],"Metrics":[{"Name":"DeadLettered","Unit":"Count"}]}]},"Function":"stream-enrich","Reason":"truncated-bytes","DeadLettered":1}""" + "\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void AddMetric_WhenAnExtraDimensionHasTheNameOfALoggerDimension_ShouldOverrideItsValue()
    {
        metrics.AddDimension("Function", "stream-enrich");
        metrics.AddMetric("RecordsIn", 3, MetricUnit.Count, [new("Function", "stream-archive")]);

        metrics.Flush();

        var line = Lines().Single();
        Assert.Equal("stream-archive", line.GetProperty("Function").GetString());
        Assert.Equal("""[["Function"]]""", line.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions").GetRawText());
    }

    [Fact]
    public void Flush_WhenNothingWasRecorded_ShouldWriteNothing()
    {
        metrics.AddDimension("FunctionName", "f");

        metrics.Flush();

        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Flush_WhenMoreThan100Metrics_ShouldSplitIntoDocumentsOfAtMost100()
    {
        for (var i = 0; i < 150; i++)
        {
            metrics.AddMetric($"M{i}", i);
        }

        metrics.Flush();

        var lines = Lines();
        Assert.Equal(2, lines.Count);
        Assert.Equal(100, lines[0].GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").GetArrayLength());
        Assert.Equal(50, lines[1].GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").GetArrayLength());
        Assert.Equal(149, lines[1].GetProperty("M149").GetDouble());
    }

    [Fact]
    public void Flush_WhenOneMetricHasMoreThan100Values_ShouldSpreadThemOverDocuments()
    {
        for (var i = 0; i < 250; i++)
        {
            metrics.AddMetric("Lag", i, MetricUnit.Milliseconds);
        }

        metrics.Flush();

        Assert.Equal([100, 100, 50], Lines().Select(l => l.GetProperty("Lag").GetArrayLength()));
        Assert.Equal(249, Lines()[2].GetProperty("Lag")[49].GetDouble());
    }

    [Fact]
    public void AddMetric_WhenUnitChangesForTheSameName_ShouldThrowNamingTheMetric()
    {
        metrics.AddMetric("Lag", 1, MetricUnit.Milliseconds);

        var error = Assert.Throws<ArgumentException>(() => metrics.AddMetric("Lag", 1, MetricUnit.Seconds));

        Assert.Contains("'Lag'", error.Message);
    }

    [Fact]
    public void AddMetric_WhenValueIsNotFinite_ShouldThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => metrics.AddMetric("Lag", double.NaN));
    }
}
