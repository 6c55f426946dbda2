namespace TechShop.Dashboards.Tests.PowerBi;

public sealed class TmdlReaderTests
{
    [Fact]
    public void Parse_WhenAMeasureSpansLines_ShouldKeepItsExpressionWithoutTheIndentationAndReadItsProperties()
    {
        var table = Assert.Single(TmdlReader.Parse("t.tmdl", "table t\n\n\t/// Orders.\n\tmeasure 'It''s' =\n\t\t\tCOUNTROWS(t)\n\n\t\t\t\t+ 1\n\t\tformatString: #,0\n\n\tcolumn c\n\t\tisKey\n"));

        var measure = Assert.Single(table.ChildrenOf("measure"));
        Assert.Equal("It's", measure.Name);
        Assert.Equal("COUNTROWS(t)\n\n\t+ 1", measure.Expression);
        Assert.Equal("#,0", measure.Property("formatString"));
        Assert.Equal("Orders.", measure.Description);
        Assert.Equal("true", Assert.Single(table.ChildrenOf("column")).Property("isKey"));
        Assert.Equal("t.tmdl:4", measure.Location);
    }

    [Fact]
    public void Parse_WhenAPartitionHasAnMSource_ShouldReadTheSourceBlock()
    {
        var table = Assert.Single(TmdlReader.Parse("t.tmdl", "table t\n\tpartition t = m\n\t\tmode: import\n\t\tsource =\n\t\t\t\tlet\n\t\t\t\t    A = 1\n\t\t\t\tin\n\t\t\t\t    A\n\n\tcolumn c\n"));

        var partition = Assert.Single(table.ChildrenOf("partition"));
        Assert.Equal("m", partition.Expression);
        Assert.Equal("import", partition.Property("mode"));
        Assert.Equal("let\n    A = 1\nin\n    A", partition.Property("source"));
        Assert.Single(table.ChildrenOf("column"));
    }

    [Fact]
    public void Parse_WhenIndentedWithSpaces_ShouldThrowWithTheLine()
    {
        var error = Assert.Throws<TmdlSyntaxException>(() => TmdlReader.Parse("t.tmdl", "table t\n    column c\n"));

        Assert.Equal(2, error.Line);
        Assert.Contains("tabs, not spaces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAPropertyIsIndentedTwoLevels_ShouldThrowNamingTheObject()
    {
        var error = Assert.Throws<TmdlSyntaxException>(() => TmdlReader.Parse("t.tmdl", "table t\n\t\tdataCategory: Time\n"));

        Assert.Equal("t.tmdl:2: indented 2 tab(s) where 1 was expected inside table t", error.Message);
    }

    [Fact]
    public void Parse_WhenALineIsNoObjectOrProperty_ShouldThrow()
    {
        var error = Assert.Throws<TmdlSyntaxException>(() => TmdlReader.Parse("t.tmdl", "table t\n\tcolumn c\n\t\tdataType int64\n"));

        Assert.Contains("is neither 'name: value', a flag, nor 'name = expression'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenARelationshipUsesQuotedNames_ShouldSplitTableAndColumn()
    {
        var model = SemanticModel.FromFiles([("r.tmdl", "relationship r\n\tisActive: false\n\tfromColumn: 'a b'.'c.d'\n\ttoColumn: e.f\n")]);

        var relationship = Assert.Single(model.Relationships);
        Assert.Equal(("a b", "c.d", "e", "f", false), (relationship.FromTable, relationship.FromColumn, relationship.ToTable, relationship.ToColumn, relationship.IsActive));
    }
}
