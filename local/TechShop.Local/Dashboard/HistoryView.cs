namespace TechShop.Local.Dashboard;

/// <summary>One historical panel: its URL name, the gold reporting view it reads, and the query (portable Snowflake SQL).</summary>
public sealed record HistoryView(string Name, string Title, string SourceView, string Sql);
