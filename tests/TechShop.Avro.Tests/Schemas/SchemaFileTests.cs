using Avro;
using TechShop.Avro.Compatibility;
using TechShop.Avro.Schemas;

namespace TechShop.Avro.Tests.Schemas;

public sealed class SchemaFileTests
{
    private static readonly string SchemasDirectory = FindSchemasDirectory();

    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SchemasDirectory, "*.avsc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SchemasDirectory, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void SchemaFile_ShouldParseAndBeEmbeddedUnchanged(string path)
    {
        var text = File.ReadAllText(Path.Combine(SchemasDirectory, path));

        var schema = (RecordSchema)Schema.Parse(text);

        Assert.Equal(text, EventSchemas.Json(path));
        Assert.Contains(path, EventSchemas.All);
        Assert.StartsWith("com.techshop.", schema.Fullname, StringComparison.Ordinal);
        Assert.All(schema.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Documentation), $"{schema.Fullname}.{f.Name} has no doc"));
    }

    [Fact]
    public void EveryEmbeddedSchema_ShouldExistInTheSchemasFolder()
    {
        var onDisk = Directory.GetFiles(SchemasDirectory, "*.avsc", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SchemasDirectory, f).Replace('\\', '/'))
            .ToHashSet();

        Assert.All(EventSchemas.All, path => Assert.Contains(path, onDisk));
    }

    [Fact]
    public void EachVersion_ShouldBeBackwardCompatibleWithThePreviousOne()
    {
        foreach (var history in EventSchemas.Histories)
        {
            for (var i = 1; i < history.Count; i++)
            {
                var problems = SchemaCompatibility.CheckCanRead(EventSchemas.Parse(history[i]), EventSchemas.Parse(history[i - 1]));
                Assert.True(problems.Count == 0, $"{history[i]} cannot read {history[i - 1]}: {string.Join("; ", problems)}");
            }
        }
    }

    [Fact]
    public void Money_ShouldUseTheDocumentedDecimalPrecisionAndScale()
    {
        var line = (RecordSchema)((ArraySchema)((RecordSchema)EventSchemas.Parse(EventSchemas.OrderEventCurrent))["lines"].Schema).ItemSchema;
        var price = (LogicalSchema)line["unit_price"].Schema;
        var rate = (LogicalSchema)((RecordSchema)EventSchemas.Parse(EventSchemas.ExchangeRateV1))["rate_to_usd"].Schema;

        Assert.Equal(("decimal", "12", "2"), (price.LogicalTypeName, price.GetProperty("precision"), price.GetProperty("scale")));
        Assert.Equal(("decimal", "18", "8"), (rate.LogicalTypeName, rate.GetProperty("precision"), rate.GetProperty("scale")));
    }

    private static string FindSchemasDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schemas");
            if (File.Exists(Path.Combine(dir.FullName, "TechShop.Serverless.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No schemas/ folder next to TechShop.Serverless.sln above " + AppContext.BaseDirectory);
    }
}
