namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A two-table gold layer and a consistent model over it, for tests that break one thing at a time.</summary>
internal static class SmallGoldModel
{
    public const string Sql = """
        -- kind: build
        CREATE OR REPLACE TABLE GOLD_STAGE.DIM_DAY AS
        SELECT CAST(d AS INTEGER) AS day_key, d AS calendar_day, 'Q' || CAST(q AS VARCHAR) AS quarter_label
        FROM SILVER.DAYS;
        CREATE OR REPLACE TABLE GOLD_STAGE.FACT_ORDERS AS
        WITH t AS (SELECT order_number, SUM(x) AS x FROM SILVER.LINES GROUP BY order_number)
        SELECT
            o.order_number,
            CAST(o.day_key AS INTEGER) AS day_key,
            CAST(ROUND(t.x, 2) AS DECIMAL(18,2)) AS revenue_usd,
            o.status = 'CANCELLED' AS is_cancelled
        FROM SILVER.ORDERS o JOIN t ON t.order_number = o.order_number;
        CREATE OR REPLACE VIEW GOLD.VW_DAYS AS SELECT COUNT(*) AS days FROM GOLD.DIM_DAY;
        CREATE OR REPLACE TABLE SILVER.NOT_GOLD AS SELECT 1 AS x FROM y;
        """;

    public const string ModelTmdl = """
        model Model
        	culture: en-US

        ref table dim_day
        ref table fact_orders
        """;

    public const string Expressions = """
        expression SnowflakeServer = "a-b.snowflakecomputing.com" meta [IsParameterQuery = true, Type = "Text"]
        expression SnowflakeWarehouse = "WH" meta [IsParameterQuery = true, Type = "Text"]
        expression SnowflakeDatabase = "DB" meta [IsParameterQuery = true, Type = "Text"]
        expression SnowflakeRole = "R" meta [IsParameterQuery = true, Type = "Text"]
        """;

    public const string DimDay = """
        table dim_day
        	dataCategory: Time

        	column day_key
        		dataType: int64
        		sourceColumn: DAY_KEY

        	column calendar_day
        		dataType: dateTime
        		isKey
        		sourceColumn: CALENDAR_DAY

        	column quarter_label
        		dataType: string
        		sourceColumn: QUARTER_LABEL

        	partition dim_day = m
        		mode: import
        		source =
        				let
        				    Source = Snowflake.Databases(SnowflakeServer, SnowflakeWarehouse, [Role = SnowflakeRole]),
        				    Database = Source{[Name = SnowflakeDatabase, Kind = "Database"]}[Data],
        				    Gold = Database{[Name = "GOLD", Kind = "Schema"]}[Data],
        				    Data = Gold{[Name = "DIM_DAY", Kind = "Table"]}[Data],
        				    Selected = Table.SelectColumns(Data, {"DAY_KEY", "CALENDAR_DAY", "QUARTER_LABEL"})
        				in
        				    Selected
        """;

    public const string FactOrders = """
        table fact_orders

        	/// Gross revenue, USD.
        	measure Revenue = SUM(fact_orders[revenue_usd])
        		formatString: #,0.00
        		displayFolder: Sales

        	measure 'Cancelled share' =
        			DIVIDE(
        				CALCULATE([Revenue], 'fact_orders'[is_cancelled] = TRUE()),
        				[Revenue]
        			)
        		formatString: 0.0%
        		displayFolder: Sales

        	column order_number
        		dataType: int64
        		sourceColumn: ORDER_NUMBER

        	column day_key
        		dataType: int64
        		sourceColumn: DAY_KEY

        	column revenue_usd
        		dataType: decimal
        		sourceColumn: REVENUE_USD

        	column is_cancelled
        		dataType: boolean
        		sourceColumn: IS_CANCELLED

        	partition fact_orders = m
        		mode: import
        		source =
        				let
        				    Source = Snowflake.Databases(SnowflakeServer, SnowflakeWarehouse, [Role = SnowflakeRole]),
        				    Database = Source{[Name = SnowflakeDatabase, Kind = "Database"]}[Data],
        				    Gold = Database{[Name = "GOLD", Kind = "Schema"]}[Data],
        				    Data = Gold{[Name = "FACT_ORDERS", Kind = "Table"]}[Data],
        				    Selected = Table.SelectColumns(Data, {"ORDER_NUMBER", "DAY_KEY", "REVENUE_USD", "IS_CANCELLED"})
        				in
        				    Selected
        """;

    public const string Relationships = """
        relationship fact_orders_day
        	fromColumn: fact_orders.day_key
        	toColumn: dim_day.day_key
        """;

    public static GoldCatalog Gold => GoldCatalog.FromFiles([("gold.sql", Sql)]);

    public static ReportDefinition Report(params ReportBinding[] bindings) =>
        new(["p"], [("p", "Page")], [("p", "v", "card")], bindings);

    /// <summary>The model's files, each passed through edit(file name, text) first.</summary>
    public static SemanticModel Model(Func<string, string, string>? edit = null)
    {
        (string File, string Text)[] files =
        [
            ("model.tmdl", ModelTmdl), ("expressions.tmdl", Expressions), ("tables/dim_day.tmdl", DimDay),
            ("tables/fact_orders.tmdl", FactOrders), ("relationships.tmdl", Relationships),
        ];
        return SemanticModel.FromFiles(files.Select(f => (f.File, edit is null ? f.Text : edit(f.File, f.Text))));
    }
}
