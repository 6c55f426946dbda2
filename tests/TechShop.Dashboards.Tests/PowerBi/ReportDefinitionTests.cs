namespace TechShop.Dashboards.Tests.PowerBi;

public sealed class ReportDefinitionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("techshop-pbir-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string path, string json)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, json);
    }

    private static string Visual(string name, string kind, string entity, string property) => """
        {"name": "@NAME", "position": {"x": 0, "y": 0, "z": 0, "width": 10, "height": 10},
         "visual": {"visualType": "card", "query": {"queryState": {"Values": {"projections": [
           {"field": {"@KIND": {"Expression": {"SourceRef": {"Entity": "@ENTITY"}}, "Property": "@PROPERTY"}},
            "queryRef": "@ENTITY.@PROPERTY"}]}}}}}
        """.Replace("@NAME", name, StringComparison.Ordinal).Replace("@KIND", kind, StringComparison.Ordinal)
        .Replace("@ENTITY", entity, StringComparison.Ordinal).Replace("@PROPERTY", property, StringComparison.Ordinal);

    [Fact]
    public void Load_ShouldReadPagesVisualsAndEveryBindingWithItsFile()
    {
        Write("definition/pages/pages.json", """{"pageOrder": ["p"], "activePageName": "p"}""");
        Write("definition/pages/p/page.json", """{"name": "p", "displayName": "Page", "displayOption": "FitToPage"}""");
        Write("definition/pages/p/visuals/a/visual.json", Visual("a", "Measure", "fact_orders", "Revenue"));
        Write("definition/pages/p/visuals/b/visual.json", Visual("b", "Column", "dim_day", "week"));

        var report = ReportDefinition.Load(folder);

        Assert.Equal([("p", "Page")], report.Pages);
        Assert.Equal([("p", "a", "card"), ("p", "b", "card")], report.Visuals);
        Assert.Equal(
            [
                new ReportBinding("Measure", "fact_orders", "Revenue", "fact_orders.Revenue", "definition/pages/p/visuals/a/visual.json"),
                new ReportBinding("Column", "dim_day", "week", "dim_day.week", "definition/pages/p/visuals/b/visual.json"),
            ],
            report.Bindings);
        Assert.Equal(
            "definition/pages/p/visuals/b/visual.json: binds Column dim_day.week, which the model does not have",
            Assert.Single(PowerBiModelChecker.Check(SmallGoldModel.Model(), SmallGoldModel.Gold, report)));
    }

    [Fact]
    public void Load_WhenAPageIsMissingFromThePageOrder_ShouldBeReported()
    {
        Write("definition/pages/pages.json", """{"pageOrder": ["p"]}""");
        Write("definition/pages/p/page.json", """{"name": "p", "displayName": "Page"}""");
        Write("definition/pages/q/page.json", """{"name": "q", "displayName": "Other"}""");

        var finding = Assert.Single(PowerBiModelChecker.Check(SmallGoldModel.Model(), SmallGoldModel.Gold, ReportDefinition.Load(folder)));

        Assert.Equal("pages.json: pageOrder [p] differs from the page folders [p, q]", finding);
    }

    [Fact]
    public void Load_WhenAVisualIsNotJson_ShouldNameTheFile()
    {
        Write("definition/pages/pages.json", """{"pageOrder": ["p"]}""");
        Write("definition/pages/p/page.json", """{"name": "p", "displayName": "Page"}""");
        Write("definition/pages/p/visuals/a/visual.json", """{"name": "a", """);

        var error = Assert.Throws<InvalidDataException>(() => ReportDefinition.Load(folder));

        Assert.StartsWith(Path.Combine(folder, "definition/pages/p/visuals/a/visual.json") + " is not valid JSON", error.Message, StringComparison.Ordinal);
    }
}
