namespace TechShop.Dashboards.Tests.PowerBi;

public sealed class DaxAndSqlReadingTests
{
    [Fact]
    public void Find_ShouldReadQualifiedAndMeasureReferencesButNotStringsOrComments()
    {
        var references = DaxReferences.Find("CALCULATE([Revenue], 'dim date'[year] = 2024, t[x]) // [Commented]\n& \"[NotAReference]\" /* [Nor] */");

        Assert.Equal(["[Revenue]", "'dim date'[year]", "'t'[x]"], references.Select(r => r.ToString()));
    }

    [Fact]
    public void SelectList_ShouldReadAliasesPlainColumnsAndDeclaredTypesOfTheMainSelect()
    {
        var columns = SqlText.SelectList(
            "WITH a AS (SELECT x AS hidden FROM y) SELECT p.key, CAST(SUM(v) AS DECIMAL(18,2)) AS total, COUNT(*) AS n, " +
            "x IS NULL AS missing, CASE WHEN z THEN 'A' ELSE 'B' END AS label, MAX(v) AS top FROM a p",
            "test");

        Assert.Equal(
            [("key", null), ("total", "DECIMAL(18,2)"), ("n", "BIGINT"), ("missing", "BOOLEAN"), ("label", "VARCHAR"), ("top", null)],
            columns);
    }

    [Fact]
    public void FromFiles_ShouldPublishStageTablesAndGoldViewsOnly()
    {
        var gold = SmallGoldModel.Gold;

        Assert.Equal(["DIM_DAY:Table", "FACT_ORDERS:Table", "VW_DAYS:View"], gold.Objects.Select(o => $"{o.Name}:{o.Kind}").Order(StringComparer.Ordinal));
        Assert.Equal(["ORDER_NUMBER", "DAY_KEY", "REVENUE_USD", "IS_CANCELLED"], gold.Find("fact_orders")!.Columns.Select(c => c.Name));
    }

    [Fact]
    public void CompatibleDataTypes_ShouldKeepScalesAboveFourOutOfFixedDecimal()
    {
        Assert.Equal(["double"], SqlTypes.CompatibleDataTypes("DECIMAL(18,8)"));
        Assert.Equal(["decimal", "double"], SqlTypes.CompatibleDataTypes("DECIMAL(9,4)"));
        Assert.Equal(["int64"], SqlTypes.CompatibleDataTypes("NUMBER(38,0)"));
        Assert.Throws<InvalidDataException>(() => SqlTypes.CompatibleDataTypes("VARIANT"));
    }
}
