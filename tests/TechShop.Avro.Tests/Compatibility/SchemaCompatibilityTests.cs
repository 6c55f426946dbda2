using Avro;
using TechShop.Avro.Compatibility;

namespace TechShop.Avro.Tests.Compatibility;

public sealed class SchemaCompatibilityTests
{
    private const string V1 = """{"type":"record","name":"R","namespace":"t","fields":[{"name":"a","type":"int"},{"name":"p","type":{"type":"bytes","logicalType":"decimal","precision":12,"scale":2}}]}""";

    [Fact]
    public void CheckCanRead_WhenAFieldIsAddedWithADefault_ShouldFindNoProblem()
    {
        var v2 = Schema.Parse("""{"type":"record","name":"R","namespace":"t","fields":[{"name":"a","type":"int"},{"name":"p","type":{"type":"bytes","logicalType":"decimal","precision":12,"scale":2}},{"name":"c","type":["null","string"],"default":null}]}""");

        Assert.Empty(SchemaCompatibility.CheckCanRead(v2, Schema.Parse(V1)));
    }

    [Fact]
    public void CheckCanRead_WhenAFieldIsAddedWithoutADefault_ShouldNameTheField()
    {
        var v2 = Schema.Parse("""{"type":"record","name":"R","namespace":"t","fields":[{"name":"a","type":"int"},{"name":"p","type":{"type":"bytes","logicalType":"decimal","precision":12,"scale":2}},{"name":"c","type":"string"}]}""");

        var problem = Assert.Single(SchemaCompatibility.CheckCanRead(v2, Schema.Parse(V1)));
        Assert.Contains("'c'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCanRead_WhenADecimalChangesScale_ShouldRefuse()
    {
        var v2 = Schema.Parse(V1.Replace("\"scale\":2", "\"scale\":3", StringComparison.Ordinal));

        var problem = Assert.Single(SchemaCompatibility.CheckCanRead(v2, Schema.Parse(V1)));
        Assert.Contains("decimal changed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCanRead_WhenIntIsPromotedToLong_ShouldFindNoProblemButNotTheOtherWay()
    {
        var widened = Schema.Parse(V1.Replace("\"type\":\"int\"", "\"type\":\"long\"", StringComparison.Ordinal));

        Assert.Empty(SchemaCompatibility.CheckCanRead(widened, Schema.Parse(V1)));
        Assert.Single(SchemaCompatibility.CheckCanRead(Schema.Parse(V1), widened));
    }

    [Fact]
    public void CheckCanRead_WhenTheWriterHasAnEnumSymbolTheReaderLacks_ShouldRefuse()
    {
        var reader = Schema.Parse("""{"type":"enum","name":"S","symbols":["A","B"]}""");
        var writer = Schema.Parse("""{"type":"enum","name":"S","symbols":["A","B","C"]}""");

        Assert.Empty(SchemaCompatibility.CheckCanRead(writer, reader));
        Assert.Contains("C", Assert.Single(SchemaCompatibility.CheckCanRead(reader, writer)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AtBackwardTransitive_ShouldCompareWithEveryVersionAndAtBackwardOnlyTheLatest()
    {
        var v1 = Schema.Parse(V1);
        var v2 = Schema.Parse("""{"type":"record","name":"R","namespace":"t","fields":[{"name":"a","type":"int"},{"name":"p","type":{"type":"bytes","logicalType":"decimal","precision":12,"scale":2}},{"name":"c","type":"string","default":""}]}""");
        var v3 = Schema.Parse("""{"type":"record","name":"R","namespace":"t","fields":[{"name":"a","type":"int"},{"name":"p","type":{"type":"bytes","logicalType":"decimal","precision":12,"scale":2}},{"name":"c","type":"string"}]}""");

        Assert.Empty(SchemaCompatibility.Check(CompatibilityLevel.Backward, v3, [v1, v2]));
        Assert.Single(SchemaCompatibility.Check(CompatibilityLevel.BackwardTransitive, v3, [v1, v2]));
        Assert.Empty(SchemaCompatibility.Check(CompatibilityLevel.None, v3, [v1]));
    }
}
