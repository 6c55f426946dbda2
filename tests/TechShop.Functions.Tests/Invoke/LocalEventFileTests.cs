using TechShop.Local.Invoke;

namespace TechShop.Functions.Tests.Invoke;

public sealed class LocalEventFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("techshop-event-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task ReadAsync_WhenFileHoldsOneJsonDocument_ShouldReturnItsBytes()
    {
        var path = Write("s3.json", """{"Records":[]}""");

        var bytes = await LocalEventFile.ReadAsync(path, CancellationToken.None);

        Assert.Equal("""{"Records":[]}"""u8.ToArray(), bytes);
    }

    [Fact]
    public async Task ReadAsync_WhenFileIsMissing_ShouldThrowNamingTheFile()
    {
        var path = Path.Combine(directory, "missing.json");

        var error = await Assert.ThrowsAsync<LocalEventFileException>(() => LocalEventFile.ReadAsync(path, CancellationToken.None));

        Assert.Equal($"Event file '{path}': the file does not exist.", error.Message);
    }

    [Theory]
    [InlineData("", "the file is empty; expected one JSON event")]
    [InlineData("{\"a\":1} {\"b\":2}", "expected one JSON event, but more follows at byte 8")]
    public async Task ReadAsync_WhenFileIsNotOneJsonDocument_ShouldThrowSayingWhatWasExpected(string content, string problem)
    {
        var path = Write("bad.json", content);

        var error = await Assert.ThrowsAsync<LocalEventFileException>(() => LocalEventFile.ReadAsync(path, CancellationToken.None));

        Assert.Equal($"Event file '{path}': {problem}.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_WhenJsonIsBroken_ShouldThrowWithTheParserPosition()
    {
        var path = Write("broken.json", "{\"Records\": [");

        var error = await Assert.ThrowsAsync<LocalEventFileException>(() => LocalEventFile.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith($"Event file '{path}': the file is not valid JSON: ", error.Message);
    }
}
