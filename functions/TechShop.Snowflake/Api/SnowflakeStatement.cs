namespace TechShop.Snowflake.Api;

/// <summary>
/// One submission to the SQL API: the SQL text, values for its <c>?</c> placeholders (in order), and session
/// parameters. <see cref="StatementCount"/> above 1 makes it a multi-statement request (statements separated by <c>;</c>).
/// </summary>
public sealed record SnowflakeStatement(string Sql)
{
    /// <summary>Values for the placeholders, first to last; sent as bindings "1", "2", ...</summary>
    public IReadOnlyList<SnowflakeBinding> Bindings { get; init; } = [];

    /// <summary>Extra statement parameters (for example <c>TIMEZONE</c>); MULTI_STATEMENT_COUNT and QUERY_TAG are set by the client.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>How many statements <see cref="Sql"/> holds; sent as MULTI_STATEMENT_COUNT. Default 1.</summary>
    public int StatementCount { get; init; } = 1;
}
