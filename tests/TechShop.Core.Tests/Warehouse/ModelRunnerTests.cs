using TechShop.Core.Warehouse;

namespace TechShop.Core.Tests.Warehouse;

public sealed class ModelRunnerTests
{
    private static readonly ModelCatalog Catalog = new(
    [
        ModelCatalog.Parse("gold/schema.sql", "-- kind: setup\nCREATE SCHEMA IF NOT EXISTS GOLD_STAGE;\nCREATE SCHEMA IF NOT EXISTS GOLD;"),
        ModelCatalog.Parse("gold/dim.sql", "-- kind: build\n-- depends_on: gold.schema\nCREATE OR REPLACE TABLE GOLD_STAGE.DIM AS SELECT 1 AS k;"),
        ModelCatalog.Parse("gold/fact.sql", "-- kind: build\n-- depends_on: gold.dim\nCREATE OR REPLACE TABLE GOLD_STAGE.FACT AS SELECT k FROM GOLD_STAGE.DIM;\nSELECT 2;"),
    ]);

    [Fact]
    public async Task Run_WhenAStatementFails_ShouldNameTheModelAndStatementAndStop()
    {
        var warehouse = new RecordingWarehouse { FailWhen = sql => sql == "SELECT 2" };
        var runner = new ModelRunner(warehouse, Catalog);

        var error = await Assert.ThrowsAsync<ModelFailedException>(() => runner.RunLayerAsync(SqlModelKind.Build, "gold"));

        Assert.Equal(("gold.fact", 2), (error.Model, error.Statement));
        Assert.StartsWith("Warehouse model 'gold.fact' failed at statement 2: Catalog Error", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["CREATE OR REPLACE TABLE GOLD_STAGE.DIM AS SELECT 1 AS k", "CREATE OR REPLACE TABLE GOLD_STAGE.FACT AS SELECT k FROM GOLD_STAGE.DIM"],
            warehouse.Executed);
    }

    [Fact]
    public async Task EnsureSchema_ShouldRunEverySetupStatementInOrder()
    {
        var warehouse = new RecordingWarehouse();

        var runs = await new ModelRunner(warehouse, Catalog).EnsureSchemaAsync();

        Assert.Equal(["CREATE SCHEMA IF NOT EXISTS GOLD_STAGE", "CREATE SCHEMA IF NOT EXISTS GOLD"], warehouse.Executed);
        Assert.Equal(("gold.schema", 2, 2L), (runs.Single().Model, runs.Single().Statements, runs.Single().RowsAffected));
    }

    [Fact]
    public async Task GoldBuild_WhenBronzeIsAheadOfSilver_ShouldBuildNothing()
    {
        var silver = new DateTime(2026, 11, 22, 6, 0, 0);
        var warehouse = new RecordingWarehouse
        {
            Answer = sql => new QueryResult(["high_water"], [[sql.Contains("LOAD_AUDIT", StringComparison.Ordinal) ? silver.AddHours(1) : silver]]),
        };

        var outcome = await new GoldBuild(warehouse, Catalog).RunAsync();

        Assert.Equal(GoldBuildStatus.SilverBehind, outcome.Status);
        Assert.DoesNotContain(warehouse.Executed, sql => sql.Contains("GOLD_STAGE.", StringComparison.Ordinal));
    }
}
