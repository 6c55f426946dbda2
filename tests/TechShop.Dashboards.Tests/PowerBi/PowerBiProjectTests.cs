namespace TechShop.Dashboards.Tests.PowerBi;

public sealed class PowerBiProjectTests
{
    private static readonly SemanticModel Model = SemanticModel.Load(PowerBiPaths.ModelDefinition);
    private static readonly GoldCatalog Gold = GoldCatalog.Load(PowerBiPaths.Warehouse);
    private static readonly ReportDefinition Report = ReportDefinition.Load(PowerBiPaths.Report);

    [Fact]
    public void Check_OnTheRepositoryModel_ShouldFindNothingAgainstTheGoldSqlAndTheReport()
    {
        var findings = PowerBiModelChecker.Check(Model, Gold, Report);

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void Tables_ShouldBeEveryGoldTableAndReportingViewByItsLowerCaseName()
    {
        Assert.Equal(
            Gold.Objects.Select(o => o.Name.ToLowerInvariant()).Order(StringComparer.Ordinal),
            Model.Tables.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal(15, Model.Tables.Count);
        Assert.Equal(7, Gold.Objects.Count(o => o.Kind == "Table"));
        Assert.Equal(8, Gold.Objects.Count(o => o.Kind == "View"));
    }

    [Fact]
    public void Tables_ShouldModelEveryOutputColumnOfTheGoldSql()
    {
        Assert.All(Model.Tables, t => Assert.Equal(
            Gold.Find(t.Name)!.Columns.Select(c => c.Name).Order(StringComparer.Ordinal),
            t.Columns.Select(c => c.SourceColumn!).Order(StringComparer.Ordinal)));
        Assert.Equal(27, Model.Table("fact_sales")!.Columns.Count);
        Assert.Equal(23, Model.Table("fact_product_sales")!.Columns.Count);
        Assert.Equal(171, Model.Tables.Sum(t => t.Columns.Count));
    }

    [Fact]
    public void Relationships_ShouldJoinBothFactsToDateProductStoreAndTheCustomerVersionOfTheOrderDate()
    {
        Assert.Equal(
            [
                "dim_exchange_rates.date_key -> dim_date.date_key",
                "fact_product_sales.customer_sk -> dim_customer.customer_sk",
                "fact_product_sales.date_key -> dim_date.date_key",
                "fact_product_sales.product_key -> dim_product.product_key",
                "fact_product_sales.store_key -> dim_store.store_key",
                "fact_sales.customer_sk -> dim_customer.customer_sk",
                "fact_sales.date_key -> dim_date.date_key",
                "fact_sales.store_key -> dim_store.store_key",
            ],
            Model.Relationships.Select(r => $"{r.FromTable}.{r.FromColumn} -> {r.ToTable}.{r.ToColumn}").Order(StringComparer.Ordinal));
        Assert.All(Model.Relationships, r => Assert.True(r.IsActive));
    }

    [Fact]
    public void Measures_ShouldBeTheSalesKpisWithFormatStringsAndDisplayFolders()
    {
        string[] kpis =
        [
            "Revenue", "Cost", "Profit", "Margin %", "Orders", "AOV", "Units", "Revenue LY", "YoY %", "Return rate",
            "Cancellation rate", "Customer count", "CLV",
        ];
        Assert.All(kpis, k => Assert.NotNull(Model.Measure(k)));
        Assert.Equal(22, Model.Measures.Count());
        Assert.Equal("0.0%", Model.Measure("Margin %")!.FormatString);
        Assert.Equal("Time intelligence", Model.Measure("YoY %")!.DisplayFolder);
        Assert.Contains("lifetime value", Model.Measure("CLV")!.Description, StringComparison.Ordinal);
        Assert.Equal("CALCULATE(\n\t[Revenue],\n\tSAMEPERIODLASTYEAR('dim_date'[calendar_date])\n)", Model.Measure("Revenue LY")!.Expression);
    }

    [Fact]
    public void DateTable_ShouldBeDimDateMarkedByItsCalendarDate()
    {
        var dateTable = Assert.Single(Model.Tables, t => t.DataCategory == "Time");

        Assert.Equal("dim_date", dateTable.Name);
        Assert.Equal("calendar_date", Assert.Single(dateTable.Columns, c => c.IsKey).Name);
    }

    [Fact]
    public void Parameters_ShouldDefaultToTheSnowflakeSetupOfTheRepository()
    {
        Assert.Equal(
            PowerBiModelChecker.ConnectionParameters.Order(StringComparer.Ordinal),
            Model.Expressions.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("\"TECHSHOP_WH\" meta", Model.Expressions.Single(e => e.Name == "SnowflakeWarehouse").Expression, StringComparison.Ordinal);
        Assert.StartsWith("\"TECHSHOP\" meta", Model.Expressions.Single(e => e.Name == "SnowflakeDatabase").Expression, StringComparison.Ordinal);
        Assert.StartsWith("\"TECHSHOP_REPORTING\" meta", Model.Expressions.Single(e => e.Name == "SnowflakeRole").Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ShouldHaveTheSalesProductsCustomersAndStoresPages()
    {
        Assert.Equal(["sales", "products", "customers", "stores"], Report.PageOrder);
        Assert.Equal(
            ["Customers", "Products", "Sales", "Stores"],
            Report.Pages.Select(p => p.DisplayName).Order(StringComparer.Ordinal));
        Assert.Equal([8, 7, 7, 9], new[] { "customers", "products", "stores", "sales" }.Select(p => Report.Visuals.Count(v => v.Page == p)));
        Assert.Equal(69, Report.Bindings.Count);
        Assert.All(Report.Visuals, v => Assert.Contains(Report.Bindings, b => b.Location.Contains($"/{v.Name}/", StringComparison.Ordinal)));
    }

    [Fact]
    public void ProjectFiles_ShouldParseAndPointAtTheReportAndTheSemanticModel()
    {
        using var pbip = ReportDefinition.ReadJson(Path.Combine(PowerBiPaths.Project, "TechShop.pbip"));
        using var pbir = ReportDefinition.ReadJson(Path.Combine(PowerBiPaths.Report, "definition.pbir"));
        using var pbism = ReportDefinition.ReadJson(Path.Combine(PowerBiPaths.SemanticModel, "definition.pbism"));

        var reportPath = pbip.RootElement.GetProperty("artifacts")[0].GetProperty("report").GetProperty("path").GetString()!;
        Assert.Equal(PowerBiPaths.Report, Path.GetFullPath(Path.Combine(PowerBiPaths.Project, reportPath)));
        var modelPath = pbir.RootElement.GetProperty("datasetReference").GetProperty("byPath").GetProperty("path").GetString()!;
        Assert.Equal(PowerBiPaths.SemanticModel, Path.GetFullPath(Path.Combine(PowerBiPaths.Report, modelPath)));
        Assert.Equal("4.0", pbism.RootElement.GetProperty("version").GetString());
        Assert.All(
            Directory.GetFiles(PowerBiPaths.Report, "*.json", SearchOption.AllDirectories),
            f => ReportDefinition.ReadJson(f).Dispose());
    }

    [Fact]
    public void ProjectFiles_ShouldHoldNoCredentials()
    {
        var files = Directory.GetFiles(PowerBiPaths.Project, "*", SearchOption.AllDirectories);

        Assert.All(files, f => Assert.DoesNotMatch(
            new System.Text.RegularExpressions.Regex(@"(password|pwd|secret|token)\s*""?\s*[:=]|-----BEGIN", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            File.ReadAllText(f)));
        Assert.Matches(
            new System.Text.RegularExpressions.Regex(@"(password|pwd|secret|token)\s*""?\s*[:=]", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            "Password=hunter2");
    }

    [Fact]
    public void GoldCatalog_ShouldReadDeclaredTypesFromTheSql()
    {
        var factSales = Gold.Find("FACT_SALES")!;

        Assert.Equal("DECIMAL(18,2)", factSales.Column("REVENUE_USD")!.DeclaredType);
        Assert.Equal("BOOLEAN", factSales.Column("IS_CANCELLED")!.DeclaredType);
        Assert.Null(factSales.Column("ORDER_NUMBER")!.DeclaredType);
        Assert.Equal("VARCHAR", Gold.Find("DIM_STORE")!.Column("STORE_TYPE")!.DeclaredType);
        Assert.Equal("VARCHAR", Gold.Find("DIM_DATE")!.Column("HOLIDAY_NAME")!.DeclaredType);
        Assert.Equal("BIGINT", Gold.Find("VW_CHANNEL_MIX")!.Column("ORDERS")!.DeclaredType);
        Assert.Equal(68, Gold.Objects.Sum(o => o.Columns.Count(c => c.DeclaredType is not null)));
    }
}
