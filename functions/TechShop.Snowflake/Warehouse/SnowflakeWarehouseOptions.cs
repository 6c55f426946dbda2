namespace TechShop.Snowflake.Warehouse;

/// <summary>Where bronze loads read from: the lake bucket, the external stage over its <c>raw/</c> prefix and the file format.</summary>
public sealed record SnowflakeWarehouseOptions
{
    /// <summary>The lake bucket the stage points at; objects of another bucket are refused. Required; <c>TECHSHOP_LAKE_BUCKET</c>.</summary>
    public required string LakeBucket { get; init; }

    /// <summary>The external stage; an unqualified name lives in schema BRONZE. Default <c>RAW_STAGE</c>; <c>TECHSHOP_SNOWFLAKE_STAGE</c>.</summary>
    public string Stage { get; init; } = "RAW_STAGE";

    /// <summary>The lake prefix the stage's URL ends with (sql/snowflake/06_stage.sql). Default <c>raw/</c>.</summary>
    public string StagePrefix { get; init; } = "raw/";

    /// <summary>The JSON Lines file format; an unqualified name lives in schema BRONZE. Default <c>JSONL_FORMAT</c>.</summary>
    public string JsonFileFormat { get; init; } = "JSONL_FORMAT";

    /// <summary>Reads <c>TECHSHOP_LAKE_BUCKET</c> and <c>TECHSHOP_SNOWFLAKE_STAGE</c>.</summary>
    public static SnowflakeWarehouseOptions FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var bucket = variable("TECHSHOP_LAKE_BUCKET");
        if (string.IsNullOrWhiteSpace(bucket))
        {
            throw new Api.SnowflakeConfigurationException("The setting TECHSHOP_LAKE_BUCKET (the lake bucket the Snowflake stage reads) is required and is empty.");
        }

        var stage = variable("TECHSHOP_SNOWFLAKE_STAGE");
        return new SnowflakeWarehouseOptions
        {
            LakeBucket = bucket.Trim(),
            Stage = string.IsNullOrWhiteSpace(stage) ? "RAW_STAGE" : stage.Trim(),
        };
    }

    internal string QualifiedStage => Qualify(Stage);

    internal string QualifiedJsonFileFormat => Qualify(JsonFileFormat);

    private static string Qualify(string name) => name.Contains('.', StringComparison.Ordinal) ? name : "BRONZE." + name;
}
