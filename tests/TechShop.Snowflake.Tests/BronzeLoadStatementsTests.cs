using TechShop.Core.Extracts;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Snowflake.Warehouse;

namespace TechShop.Snowflake.Tests;

public sealed class BronzeLoadStatementsTests
{
    private static readonly SnowflakeWarehouseOptions Options = new() { LakeBucket = "techshop-lake" };

    private static BronzeObject Customers(string etag = "9b2cf535f27731c974343645a3985328") =>
        new("techshop-lake", LakeKey.BatchExtract(ExtractEntity.Customers, new DateOnly(2026, 3, 1)), etag, ExtractEntity.Customers, BronzeFormat.JsonLines);

    [Fact]
    public void CopyInto_ForCustomers_ShouldBeThisExactStatement()
    {
        var sql = BronzeLoadStatements.CopyInto(Customers(), Options);

        Assert.Equal(
            """
            COPY INTO BRONZE.CUSTOMERS (customer_key, name, gender, birthday, city, state, country, continent, changed_at, _source_key, _etag, _row_number, _loaded_at)
            FROM (
                SELECT
                    $1:customer_key::INTEGER,
                    $1:name::VARCHAR,
                    $1:gender::VARCHAR,
                    $1:birthday::DATE,
                    $1:city::VARCHAR,
                    $1:state::VARCHAR,
                    $1:country::VARCHAR,
                    $1:continent::VARCHAR,
                    $1:changed_at::TIMESTAMP,
                    'raw/' || METADATA$FILENAME,
                    '9b2cf535f27731c974343645a3985328',
                    METADATA$FILE_ROW_NUMBER,
                    CURRENT_TIMESTAMP
                FROM @BRONZE.RAW_STAGE
            )
            FILES = ('batch/customers/dt=2026-03-01/customers-2026-03-01.jsonl')
            FILE_FORMAT = (FORMAT_NAME = 'BRONZE.JSONL_FORMAT')
            ON_ERROR = ABORT_STATEMENT
            """,
            sql);
    }

    [Fact]
    public void For_ShouldDeriveEveryEntitysColumnsFromItsRowRecord()
    {
        Assert.Equal(
            ["order_number BIGINT", "line_number INTEGER", "product_key INTEGER", "quantity INTEGER", "unit_price DECIMAL(38,12)", "updated_at TIMESTAMP"],
            BronzeColumns.For(ExtractEntity.OrderLines).Select(c => $"{c.Name} {c.SqlType}"));
        Assert.Equal(
            ["order_number BIGINT", "order_date DATE", "delivery_date DATE", "customer_key INTEGER", "store_key INTEGER", "channel VARCHAR", "currency_code VARCHAR", "payment_method VARCHAR", "status VARCHAR", "updated_at TIMESTAMP"],
            BronzeColumns.For(ExtractEntity.Orders).Select(c => $"{c.Name} {c.SqlType}"));
        Assert.Equal(
            ["store_key INTEGER", "name VARCHAR", "country VARCHAR", "state VARCHAR", "square_meters INTEGER", "open_date DATE", "is_online BOOLEAN"],
            BronzeColumns.For(ExtractEntity.Stores).Select(c => $"{c.Name} {c.SqlType}"));
        Assert.Equal(["date DATE", "currency VARCHAR", "rate_to_usd DECIMAL(38,12)"], BronzeColumns.For(ExtractEntity.ExchangeRates).Select(c => $"{c.Name} {c.SqlType}"));
        Assert.Equal(8, BronzeColumns.For(ExtractEntity.Products).Count);
        Assert.All(ExtractEntity.All, entity => Assert.NotEmpty(BronzeColumns.For(entity)));
    }

    [Fact]
    public void For_WhenEntityIsUnknown_ShouldListTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => BronzeColumns.For("invoices"));

        Assert.StartsWith("'invoices' is not an extract entity; expected one of: customers, products, stores, exchange_rates, orders, order_lines.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditInsert_ShouldCountTheLoadedRowsAndSkipAnExistingAuditRow()
    {
        var sql = BronzeLoadStatements.AuditInsert(Customers("e'tag\\1"));

        Assert.Equal(
            """
            INSERT INTO BRONZE.LOAD_AUDIT (bucket, object_key, etag, entity, rows_loaded, loaded_at)
            SELECT 'techshop-lake', 'raw/batch/customers/dt=2026-03-01/customers-2026-03-01.jsonl', 'e''tag\\1', 'customers', loaded.row_count, CURRENT_TIMESTAMP
            FROM (SELECT COUNT(*) AS row_count FROM BRONZE.CUSTOMERS WHERE _source_key = 'raw/batch/customers/dt=2026-03-01/customers-2026-03-01.jsonl' AND _etag = 'e''tag\\1') AS loaded
            WHERE NOT EXISTS (SELECT 1 FROM BRONZE.LOAD_AUDIT WHERE bucket = 'techshop-lake' AND object_key = 'raw/batch/customers/dt=2026-03-01/customers-2026-03-01.jsonl' AND etag = 'e''tag\\1')
            """,
            sql);
    }

    [Fact]
    public void Transaction_ShouldWrapTheCopyAndTheAuditInBeginAndCommit()
    {
        var statements = BronzeLoadStatements.Transaction(Customers(), Options);

        Assert.Equal(4, statements.Count);
        Assert.Equal("BEGIN TRANSACTION", statements[0]);
        Assert.StartsWith("COPY INTO BRONZE.CUSTOMERS", statements[1], StringComparison.Ordinal);
        Assert.StartsWith("INSERT INTO BRONZE.LOAD_AUDIT", statements[2], StringComparison.Ordinal);
        Assert.Equal("COMMIT", statements[3]);
    }

    [Fact]
    public void CopyInto_WhenObjectIsInAnotherBucket_ShouldNameBothBuckets()
    {
        var source = Customers() with { Bucket = "someone-elses-bucket" };

        var error = Assert.Throws<ArgumentException>(() => BronzeLoadStatements.CopyInto(source, Options));

        Assert.StartsWith("Object raw/batch/customers/dt=2026-03-01/customers-2026-03-01.jsonl is in bucket someone-elses-bucket, but the Snowflake stage BRONZE.RAW_STAGE reads bucket techshop-lake.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyInto_WhenKeyIsOutsideTheStagePrefix_ShouldRefuse()
    {
        var source = Customers() with { Key = "quarantine/raw/batch/customers/dt=2026-03-01/customers-2026-03-01.jsonl" };

        var error = Assert.Throws<ArgumentException>(() => BronzeLoadStatements.CopyInto(source, Options));

        Assert.Contains("is not below the stage prefix raw/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyInto_WhenStageIsQualified_ShouldUseItAsGiven()
    {
        var sql = BronzeLoadStatements.CopyInto(Customers(), Options with { Stage = "TECHSHOP.LANDING.LAKE_STAGE" });

        Assert.Contains("    FROM @TECHSHOP.LANDING.LAKE_STAGE\n", sql, StringComparison.Ordinal);
    }
}
