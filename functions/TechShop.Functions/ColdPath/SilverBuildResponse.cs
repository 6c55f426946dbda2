namespace TechShop.Functions.ColdPath;

/// <summary>The silver-build response: run id, whether there was anything to merge, the bronze window read, rows merged.</summary>
public sealed record SilverBuildResponse(
    string RunId,
    string Status,
    DateTime? BronzeFrom,
    DateTime? BronzeTo,
    int Models,
    long RowsAffected);
