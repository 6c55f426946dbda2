namespace TechShop.Dashboards.Tests.PowerBi;

public sealed class PowerBiModelCheckerTests
{
    private static IReadOnlyList<string> Check(Func<string, string, string>? edit = null, ReportDefinition? report = null) =>
        PowerBiModelChecker.Check(SmallGoldModel.Model(edit), SmallGoldModel.Gold, report);

    private static Func<string, string, string> In(string file, string from, string to) =>
        (name, text) => name == file ? Replace(text, from, to) : text;

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new ArgumentException($"'{from}' is not in the text to edit", nameof(from));

    [Fact]
    public void Check_WhenTheModelMatchesTheSql_ShouldReportNothing()
    {
        var report = SmallGoldModel.Report(
            new ReportBinding("Measure", "fact_orders", "Revenue", "fact_orders.Revenue", "v"),
            new ReportBinding("Column", "dim_day", "quarter_label", "dim_day.quarter_label", "v"));

        Assert.Empty(Check(report: report));
    }

    [Fact]
    public void Check_WhenAColumnReadsASourceColumnTheSqlDoesNotProduce_ShouldNameTheColumnAndTheGoldTable()
    {
        var findings = Check(In("tables/fact_orders.tmdl", "sourceColumn: REVENUE_USD", "sourceColumn: REVENUE"));

        Assert.Contains(findings, f => f == "tables/fact_orders.tmdl:24: fact_orders.revenue_usd: GOLD.FACT_ORDERS (gold.sql) has no column REVENUE");
        Assert.Contains(findings, f => f.Contains("has sourceColumn 'REVENUE', expected the upper-cased name REVENUE_USD", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenAnUnknownColumnIsAddedToTheModel_ShouldReportItAndTheSelectList()
    {
        var findings = Check(In("tables/fact_orders.tmdl", "\tcolumn is_cancelled\n", "\tcolumn discount\n\t\tdataType: decimal\n\t\tsourceColumn: DISCOUNT\n\n\tcolumn is_cancelled\n"));

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.EndsWith("fact_orders.discount: GOLD.FACT_ORDERS (gold.sql) has no column DISCOUNT", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("selects {DAY_KEY, IS_CANCELLED, ORDER_NUMBER, REVENUE_USD} but its columns read {DAY_KEY, DISCOUNT, IS_CANCELLED, ORDER_NUMBER, REVENUE_USD}", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenADataTypeContradictsTheCastInTheSql_ShouldNameBothTypes()
    {
        var finding = Assert.Single(Check(In("tables/fact_orders.tmdl", "dataType: decimal", "dataType: string")));

        Assert.EndsWith("fact_orders.revenue_usd is string, but GOLD.FACT_ORDERS.REVENUE_USD is declared DECIMAL(18,2) (compatible: decimal, double)", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenAComparisonColumnIsNotBoolean_ShouldReportIt()
    {
        var finding = Assert.Single(Check(In("tables/fact_orders.tmdl", "dataType: boolean", "dataType: int64")));

        Assert.Contains("is declared BOOLEAN", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenARelationshipNamesAMissingColumn_ShouldReportTheRelationship()
    {
        var finding = Assert.Single(Check(In("relationships.tmdl", "toColumn: dim_day.day_key", "toColumn: dim_day.date_key")));

        Assert.Equal("relationships.tmdl:1: relationship fact_orders_day: toColumn dim_day.date_key does not exist", finding);
    }

    [Fact]
    public void Check_WhenARelationshipJoinsColumnsOfDifferentTypes_ShouldReportBothTypes()
    {
        var finding = Assert.Single(Check(In("relationships.tmdl", "toColumn: dim_day.day_key", "toColumn: dim_day.quarter_label")));

        Assert.EndsWith("joins int64 fact_orders.day_key to string dim_day.quarter_label", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenAMeasureRefersToAnUnknownMeasure_ShouldNameTheReference()
    {
        var finding = Assert.Single(Check(In("tables/fact_orders.tmdl", "\t\t\t\t[Revenue]\n", "\t\t\t\t[Net revenue]\n")));

        Assert.Equal("tables/fact_orders.tmdl:8: measure [Cancelled share] refers to [Net revenue], which is no column or measure of the model", finding);
    }

    [Fact]
    public void Check_WhenAMeasureRefersToAnUnknownColumn_ShouldNameTheReference()
    {
        var finding = Assert.Single(Check(In("tables/fact_orders.tmdl", "'fact_orders'[is_cancelled]", "'fact_orders'[is_returned]")));

        Assert.Contains("refers to 'fact_orders'[is_returned]", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenAPartitionReadsAnObjectGoldDoesNotHave_ShouldReportTheObject()
    {
        var findings = Check(In("tables/dim_day.tmdl", "[Name = \"DIM_DAY\", Kind = \"Table\"]", "[Name = \"DIM_DAYS\", Kind = \"Table\"]"));

        Assert.Equal("tables/dim_day.tmdl:17: table dim_day reads GOLD.DIM_DAYS, which no sql/warehouse model creates", Assert.Single(findings));
    }

    [Fact]
    public void Check_WhenAPartitionCallsAViewATable_ShouldReportTheKind()
    {
        var findings = Check((name, text) => name == "tables/dim_day.tmdl"
            ? Replace(Replace(text, "[Name = \"DIM_DAY\", Kind = \"Table\"]", "[Name = \"VW_DAYS\", Kind = \"Table\"]"), "table dim_day", "table vw_days")
            : name == "model.tmdl" ? Replace(text, "ref table dim_day", "ref table vw_days") : text);

        Assert.Contains(findings, f => f.EndsWith("GOLD.VW_DAYS is a View, the partition says Table", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenThePartitionIgnoresTheConnectionParameters_ShouldReportIt()
    {
        var finding = Assert.Single(Check(In("tables/dim_day.tmdl", "[Role = SnowflakeRole]", "[Role = \"ACCOUNTADMIN\"]")));

        Assert.Contains("must read Snowflake.Databases(SnowflakeServer, SnowflakeWarehouse, [Role = SnowflakeRole])", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenAParameterIsMissing_ShouldNameIt()
    {
        var finding = Assert.Single(Check(In("expressions.tmdl", "expression SnowflakeRole = \"R\" meta [IsParameterQuery = true, Type = \"Text\"]", "expression SnowflakeRole = \"R\"")));

        Assert.Equal("expressions.tmdl: the connection parameter SnowflakeRole is missing or not a parameter query", finding);
    }

    [Fact]
    public void Check_WhenNoTableIsMarkedAsTheDateTable_ShouldReportIt()
    {
        var finding = Assert.Single(Check(In("tables/dim_day.tmdl", "\tdataCategory: Time\n", string.Empty)));

        Assert.Equal("the model needs exactly one date table (dataCategory: Time), found 0", finding);
    }

    [Fact]
    public void Check_WhenATableIsNotReferencedByTheModelFile_ShouldReportIt()
    {
        var finding = Assert.Single(Check(In("model.tmdl", "\nref table fact_orders", string.Empty)));

        Assert.Equal("tables/fact_orders.tmdl:1: table fact_orders is not referenced by model.tmdl (ref table fact_orders)", finding);
    }

    [Fact]
    public void Check_WhenTheReportBindsAMissingMeasureOrAColumnAsAMeasure_ShouldReportEachBinding()
    {
        var report = SmallGoldModel.Report(
            new ReportBinding("Measure", "fact_orders", "Profit", "fact_orders.Profit", "pages/p/visuals/v/visual.json"),
            new ReportBinding("Measure", "fact_orders", "revenue_usd", "fact_orders.revenue_usd", "pages/p/visuals/v/visual.json"),
            new ReportBinding("Column", "dim_days", "quarter_label", "dim_day.quarter_label", "pages/p/visuals/v/visual.json"));

        Assert.Equal(
            [
                "pages/p/visuals/v/visual.json: binds Measure fact_orders.Profit, which the model does not have",
                "pages/p/visuals/v/visual.json: binds Measure fact_orders.revenue_usd, which the model does not have",
                "pages/p/visuals/v/visual.json: binds Column dim_days.quarter_label, which the model does not have",
                "pages/p/visuals/v/visual.json: queryRef dim_day.quarter_label does not name dim_days.quarter_label",
            ],
            Check(report: report));
    }
}
