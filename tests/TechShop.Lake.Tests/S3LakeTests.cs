using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using TechShop.Core.Lake;

namespace TechShop.Lake.Tests;

public sealed class S3LakeTests : IDisposable
{
    private readonly S3CompatibleTestServer _server = new(pageSize: 2);
    private readonly S3Lake _lake;

    public S3LakeTests()
    {
        var options = new S3LakeOptions { Bucket = "techshop-lake", ServiceUrl = _server.BaseUrl, Region = "eu-west-1", MultipartThresholdBytes = 5 * 1024 * 1024 };
        _lake = new S3Lake(options, S3Lake.CreateClient(options, new BasicAWSCredentials("AKIDEXAMPLE", "secret")));
    }

    public void Dispose()
    {
        _lake.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Put_ThenGet_ShouldReturnTheSameBytesAndTheUnquotedMd5ETag()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"customer_key\":1}\n");
        var key = LakeKey.BatchExtract("customers", new DateOnly(2025, 12, 1));

        var put = await _lake.PutAsync(key, new MemoryStream(bytes), "application/x-ndjson");
        var got = await _lake.GetAsync(key);

        var md5 = Convert.ToHexStringLower(MD5.HashData(bytes));
        Assert.Equal(md5, put.ETag);
        Assert.NotNull(got);
        Assert.Equal(bytes, got.Content.ToArray());
        Assert.Equal(md5, got.Info.ETag);
        Assert.Equal(bytes.Length, got.Info.Size);
        Assert.Contains("PUT techshop-lake/raw/batch/customers/dt=2025-12-01/customers-2025-12-01.jsonl", _server.Requests);
    }

    [Fact]
    public async Task Get_WhenTheKeyDoesNotExist_ShouldReturnNull()
    {
        Assert.Null(await _lake.GetAsync("raw/batch/none/dt=2025-01-01/none.jsonl"));
    }

    [Fact]
    public async Task List_WhenResultsSpanSeveralPages_ShouldFollowContinuationTokensInKeyOrder()
    {
        foreach (var name in new[] { "c", "a", "e", "b", "d" })
        {
            await _lake.PutAsync($"raw/stream/orders/{name}.avro", new MemoryStream([1, 2, 3]), "application/avro");
        }

        await _lake.PutAsync("raw/batch/other.jsonl", new MemoryStream([9]), "application/x-ndjson");

        var listed = new List<LakeObjectInfo>();
        await foreach (var info in _lake.ListAsync("raw/stream/"))
        {
            listed.Add(info);
        }

        Assert.Equal(["a", "b", "c", "d", "e"], listed.Select(i => i.Key[^6..^5]).ToArray());
        Assert.All(listed, i => Assert.Equal(3, i.Size));
        Assert.Equal(3, _server.Requests.Count(r => r.StartsWith("GET techshop-lake/?list-type=2", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Move_ShouldCopyToTheDestinationAndDeleteTheSource()
    {
        await _lake.PutAsync("raw/batch/orders/dt=2025-01-01/bad.jsonl", new MemoryStream([42]), "application/x-ndjson");

        await _lake.MoveAsync("raw/batch/orders/dt=2025-01-01/bad.jsonl", LakeKey.Quarantine("raw/batch/orders/dt=2025-01-01/bad.jsonl"));

        Assert.Null(await _lake.GetAsync("raw/batch/orders/dt=2025-01-01/bad.jsonl"));
        Assert.Equal([42], (await _lake.GetAsync("quarantine/raw/batch/orders/dt=2025-01-01/bad.jsonl"))!.Content.ToArray());
    }

    [Fact]
    public async Task Put_WhenTheObjectIsAboveTheThreshold_ShouldUploadInPartsAndKeepEveryByte()
    {
        var bytes = new byte[(11 * 1024 * 1024) + 17];
        new Random(7).NextBytes(bytes);

        var put = await _lake.PutAsync("raw/stream/orders/big.avro", new MemoryStream(bytes), "application/avro");

        Assert.Equal(bytes, _server.Objects["techshop-lake/raw/stream/orders/big.avro"]);
        var parts = _server.Requests.Count(r => r.Contains("partNumber=", StringComparison.Ordinal));
        Assert.True(parts > 1, $"expected a multipart upload, saw {parts} part requests");
        Assert.EndsWith("-" + parts, put.ETag, StringComparison.Ordinal);
        Assert.Equal(bytes.Length, put.Size);
    }

    [Fact]
    public void FromEnvironment_WhenTheEndpointIsSet_ShouldUseItForLocalStack()
    {
        var env = new Dictionary<string, string> { ["TECHSHOP_LAKE_BUCKET"] = "lake", ["AWS_ENDPOINT_URL"] = "http://localhost:4566", ["AWS_REGION"] = "eu-west-1" };

        var options = S3LakeOptions.FromEnvironment(name => env.GetValueOrDefault(name));

        Assert.Equal(new Uri("http://localhost:4566"), options.ServiceUrl);
        Assert.Equal("lake", options.Bucket);
        Assert.Equal("eu-west-1", options.Region);
    }

    [Theory]
    [InlineData(null, null, "TECHSHOP_LAKE_BUCKET is not set")]
    [InlineData("lake", "localhost 4566", "AWS_ENDPOINT_URL 'localhost 4566' is not an absolute URL")]
    public void FromEnvironment_WhenASettingIsWrong_ShouldNameIt(string? bucket, string? endpoint, string expected)
    {
        var env = new Dictionary<string, string?> { ["TECHSHOP_LAKE_BUCKET"] = bucket, ["AWS_ENDPOINT_URL"] = endpoint };

        var error = Assert.Throws<InvalidOperationException>(() => S3LakeOptions.FromEnvironment(name => env.GetValueOrDefault(name)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
