namespace TechShop.Core.Warehouse;

/// <summary>One model run: how many statements it ran, the rows they reported, and how long it took.</summary>
public sealed record ModelRun(string Model, int Statements, long RowsAffected, TimeSpan Elapsed);
