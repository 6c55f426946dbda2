namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A .tmdl line outside the TMDL subset the reader knows, with its file, line and what was expected.</summary>
internal sealed class TmdlSyntaxException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
