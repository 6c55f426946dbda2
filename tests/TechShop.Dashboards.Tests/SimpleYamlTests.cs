using TechShop.Dashboards.Tests.Yaml;

namespace TechShop.Dashboards.Tests;

public sealed class SimpleYamlTests
{
    [Fact]
    public void Parse_WhenDocumentNestsSequencesOfMappings_ShouldReadEveryLevel()
    {
        const string text = """
            # a comment
            apiVersion: 1
            datasources:
              - name: "A source"
                uid: a-uid # trailing comment
                jsonData:
                  keyspace: techshop
                  timeout: 10
              - name: B
                uid: 'b-uid'
            """;

        var root = SimpleYaml.Parse(text);

        Assert.Equal("1", root["apiVersion"].Text);
        Assert.Equal(2, root["datasources"].Items.Count);
        Assert.Equal("A source", root["datasources"].Items[0]["name"].Text);
        Assert.Equal("a-uid", root["datasources"].Items[0]["uid"].Text);
        Assert.Equal("10", root["datasources"].Items[0]["jsonData"]["timeout"].Text);
        Assert.Equal("b-uid", root["datasources"].Items[1]["uid"].Text);
        Assert.False(root["datasources"].Items[1].Has("jsonData"));
    }

    [Theory]
    [InlineData("a: 1\n\tb: 2", 2, "tabs")]
    [InlineData("a: 1\nb: {c: 2}", 2, "flow")]
    [InlineData("a: 1\n   b: 2", 2, "unexpected indentation")]
    [InlineData("a: 1\na: 2", 2, "appears twice")]
    [InlineData("a: 1\njust text", 2, "expected 'key: value'")]
    public void Parse_WhenALineIsOutsideTheSubset_ShouldThrowWithItsLineNumber(string text, int line, string expected)
    {
        var error = Assert.Throws<YamlSyntaxException>(() => SimpleYaml.Parse(text));

        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
