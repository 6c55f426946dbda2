using TechShop.Core.Warehouse;

namespace TechShop.Core.Tests.Warehouse;

public sealed class ModelCatalogTests
{
    [Fact]
    public void Parse_WhenTheHeaderDeclaresKindAndDependencies_ShouldReadThem()
    {
        var model = ModelCatalog.Parse("gold/fact_sales.sql", "-- kind: build\n-- depends_on: gold.schema, silver.orders\n-- why\nSELECT 1;");

        Assert.Equal(("gold.fact_sales", "gold", SqlModelKind.Build), (model.Name, model.Layer, model.Kind));
        Assert.Equal(["gold.schema", "silver.orders"], model.DependsOn);
    }

    [Fact]
    public void Parse_WhenTheKindIsMissing_ShouldThrowNamingTheFile()
    {
        var error = Assert.Throws<SqlModelException>(() => ModelCatalog.Parse("silver/x.sql", "SELECT 1;"));

        Assert.Contains("silver/x.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains("-- kind:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InRunOrder_WhenDependenciesRunAgainstTheAlphabet_ShouldFollowTheDependencies()
    {
        var catalog = new ModelCatalog(
        [
            ModelCatalog.Parse("gold/a_fact.sql", "-- kind: build\n-- depends_on: gold.z_dim\nSELECT 1;"),
            ModelCatalog.Parse("gold/m_other.sql", "-- kind: build\nSELECT 1;"),
            ModelCatalog.Parse("gold/z_dim.sql", "-- kind: build\n-- depends_on: gold.schema\nSELECT 1;"),
            ModelCatalog.Parse("gold/schema.sql", "-- kind: setup\nSELECT 1;"),
        ]);

        Assert.Equal(["gold.m_other", "gold.z_dim", "gold.a_fact"], catalog.InRunOrder(SqlModelKind.Build).Select(m => m.Name));
    }

    [Fact]
    public void InRunOrder_WhenModelsDependOnEachOther_ShouldThrowNamingTheCycle()
    {
        var catalog = new ModelCatalog(
        [
            ModelCatalog.Parse("gold/a.sql", "-- kind: build\n-- depends_on: gold.b\nSELECT 1;"),
            ModelCatalog.Parse("gold/b.sql", "-- kind: build\n-- depends_on: gold.a\nSELECT 1;"),
        ]);

        var error = Assert.Throws<SqlModelException>(() => catalog.InRunOrder(SqlModelKind.Build));

        Assert.Equal("Warehouse model 'gold.a, gold.b': these models depend on each other in a cycle.", error.Message);
    }

    [Fact]
    public void Constructor_WhenADependencyIsNotAModel_ShouldThrowNamingBoth()
    {
        var error = Assert.Throws<SqlModelException>(() => new ModelCatalog([ModelCatalog.Parse("gold/a.sql", "-- kind: build\n-- depends_on: silver.nope\nSELECT 1;")]));

        Assert.Equal("Warehouse model 'gold.a': depends on 'silver.nope', which is not a model.", error.Message);
    }

    [Fact]
    public void Embedded_ShouldHoldEveryLayerWithGoldFactsAfterTheirDimensions()
    {
        var catalog = ModelCatalog.Embedded;

        Assert.Equal(17, catalog.InRunOrder(SqlModelKind.Setup).Count);
        Assert.Equal(
            ["silver.customers", "silver.customer_versions", "silver.exchange_rates", "silver.orders", "silver.order_lines", "silver.products", "silver.stores"],
            catalog.InRunOrder(SqlModelKind.Build, "silver").Select(m => m.Name));
        var gold = catalog.InRunOrder(SqlModelKind.Build, "gold").Select(m => m.Name).ToList();
        Assert.Equal(7, gold.Count);
        Assert.True(gold.IndexOf("gold.dim_customer") < gold.IndexOf("gold.fact_product_sales"));
        Assert.True(gold.IndexOf("gold.fact_product_sales") < gold.IndexOf("gold.fact_sales"));
        Assert.Equal(8, catalog.InRunOrder(SqlModelKind.Publish).Count);
        Assert.Equal(7, catalog.InRunOrder(SqlModelKind.Check).Count);
        Assert.All(catalog.InRunOrder(SqlModelKind.Build, "gold"), m => Assert.Equal(m.Name[5..].ToUpperInvariant(), GoldBuild.TableOf(m)));
    }

    [Fact]
    public void Embedded_SilverModels_ShouldReadOnlyTheBronzeWindowTheyAreGiven()
    {
        foreach (var model in ModelCatalog.Embedded.InRunOrder(SqlModelKind.Build, "silver"))
        {
            Assert.Contains("_loaded_at > {{bronze_from}} AND _loaded_at <= {{bronze_to}}", model.Sql, StringComparison.Ordinal);
            Assert.Throws<SqlModelException>(() => model.Statements());
        }
    }
}
