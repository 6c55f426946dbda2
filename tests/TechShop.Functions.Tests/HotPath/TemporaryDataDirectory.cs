namespace TechShop.Functions.Tests.HotPath;

/// <summary>A fresh local data directory, deleted after the test.</summary>
internal sealed class TemporaryDataDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("techshop-hotpath-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite WAL file may still be mapped on some platforms; the temp folder is reclaimed by the OS.
        }
    }
}
