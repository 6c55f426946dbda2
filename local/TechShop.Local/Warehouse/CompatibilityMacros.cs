namespace TechShop.Local.Warehouse;

/// <summary>The text of sql/duckdb/macros.sql, embedded in this assembly.</summary>
internal static class CompatibilityMacros
{
    private const string ResourceName = "duckdb/macros.sql";

    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(CompatibilityMacros).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' (sql/duckdb/macros.sql) is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
