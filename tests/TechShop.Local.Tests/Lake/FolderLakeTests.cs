using System.Text;
using TechShop.Core.Lake;
using TechShop.Local.Lake;

namespace TechShop.Local.Tests.Lake;

public sealed class FolderLakeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "techshop-folder-lake-" + Guid.NewGuid().ToString("N"));
    private readonly RecordingSink _sink = new();
    private readonly FolderLake _lake;

    public FolderLakeTests()
    {
        _lake = new FolderLake(_root, "techshop-lake", _sink);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Put_ShouldWriteTheFileUnderTheBucketAndReturnTheS3StyleMd5ETag()
    {
        var key = LakeKey.BatchExtract("orders", new DateOnly(2025, 12, 31));

        var info = await _lake.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes("hello")), "application/x-ndjson");

        Assert.Equal("5d41402abc4b2a76b9719d911017c592", info.ETag);
        Assert.Equal(5, info.Size);
        Assert.Equal("hello", await File.ReadAllTextAsync(Path.Combine(_root, "techshop-lake", "raw", "batch", "orders", "dt=2025-12-31", "orders-2025-12-31.jsonl")));
    }

    [Fact]
    public async Task Put_ShouldAnnounceObjectCreatedWithIncreasingSequencers()
    {
        await _lake.PutAsync("raw/batch/a.jsonl", new MemoryStream([1]), "application/x-ndjson");
        await _lake.PutAsync("raw/batch/a.jsonl", new MemoryStream([1, 2]), "application/x-ndjson");

        Assert.Equal(2, _sink.Notifications.Count);
        var (first, second) = (_sink.Notifications[0], _sink.Notifications[1]);
        Assert.Equal("ObjectCreated:Put", first.EventName);
        Assert.Equal("techshop-lake", first.Bucket);
        Assert.Equal("raw/batch/a.jsonl", first.Key);
        Assert.Equal(2, second.Size);
        Assert.True(string.CompareOrdinal(first.Sequencer, second.Sequencer) < 0);
    }

    [Fact]
    public async Task Get_ShouldReturnTheContentAndTheSameETagAsThePut()
    {
        var put = await _lake.PutAsync("raw/stream/orders/x.avro", new MemoryStream([1, 2, 3]), "application/avro");

        var got = await _lake.GetAsync("raw/stream/orders/x.avro");

        Assert.NotNull(got);
        Assert.Equal(put, got.Info);
        Assert.Equal([1, 2, 3], got.Content.ToArray());
        Assert.Null(await _lake.GetAsync("raw/stream/orders/missing.avro"));
    }

    [Fact]
    public async Task List_ShouldReturnKeysWithThePrefixInOrdinalOrder()
    {
        foreach (var key in new[] { "raw/batch/b/2.jsonl", "raw/batch/a/1.jsonl", "raw/stream/o/1.avro", "raw/batch/B/0.jsonl" })
        {
            await _lake.PutAsync(key, new MemoryStream([7]), "application/octet-stream");
        }

        var keys = new List<string>();
        await foreach (var info in _lake.ListAsync("raw/batch/"))
        {
            keys.Add(info.Key);
        }

        Assert.Equal(["raw/batch/B/0.jsonl", "raw/batch/a/1.jsonl", "raw/batch/b/2.jsonl"], keys);
    }

    [Fact]
    public async Task Move_ShouldRelocateTheObjectAndAnnounceTheCopy()
    {
        await _lake.PutAsync("raw/batch/x/bad.jsonl", new MemoryStream([9]), "application/x-ndjson");

        await _lake.MoveAsync("raw/batch/x/bad.jsonl", "quarantine/raw/batch/x/bad.jsonl");

        Assert.Null(await _lake.GetAsync("raw/batch/x/bad.jsonl"));
        Assert.Equal([9], (await _lake.GetAsync("quarantine/raw/batch/x/bad.jsonl"))!.Content.ToArray());
        Assert.Equal("ObjectCreated:Copy", _sink.Notifications[^1].EventName);
        await Assert.ThrowsAsync<FileNotFoundException>(() => _lake.MoveAsync("raw/batch/x/bad.jsonl", "quarantine/again.jsonl"));
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("/etc/passwd", "relative key")]
    [InlineData("raw/../../escape.txt", "'..' segment")]
    [InlineData("raw//double.txt", "empty")]
    public async Task Put_WhenTheKeyIsInvalid_ShouldRejectItAndWriteNothing(string key, string reason)
    {
        var error = await Assert.ThrowsAsync<InvalidLakeKeyException>(() => _lake.PutAsync(key, new MemoryStream([1]), "text/plain"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(_sink.Notifications);
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    private sealed class RecordingSink : ILakeNotificationSink
    {
        public List<LakeNotification> Notifications { get; } = [];

        public Task NotifyAsync(LakeNotification notification, CancellationToken cancellationToken)
        {
            Notifications.Add(notification);
            return Task.CompletedTask;
        }
    }
}
