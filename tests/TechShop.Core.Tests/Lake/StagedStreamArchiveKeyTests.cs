using TechShop.Core.Lake;

namespace TechShop.Core.Tests.Lake;

public sealed class StagedStreamArchiveKeyTests
{
    private const string ArchiveKey = "raw/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.avro";

    [Fact]
    public void StagedStreamArchive_WhenTheETagIsAQuotedDigest_ShouldKeepItUnquotedAndLowerCase() =>
        Assert.Equal(
            "raw/staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.0f343b0931126a20f133d67c2b018a3b.jsonl",
            LakeKey.StagedStreamArchive(ArchiveKey, "\"0F343B0931126A20F133D67C2B018A3B\""));

    [Fact]
    public void StagedStreamArchive_WhenTheETagIsOfAMultipartUpload_ShouldKeepThePartCount() =>
        Assert.Equal(
            "raw/staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.d41d8cd98f00b204e9800998ecf8427e-12.jsonl",
            LakeKey.StagedStreamArchive(ArchiveKey, "d41d8cd98f00b204e9800998ecf8427e-12"));

    [Fact]
    public void StagedStreamArchive_WhenTheETagHasCharactersUnfitForAKey_ShouldUseItsHashTheSameEachTime()
    {
        var first = LakeKey.StagedStreamArchive(ArchiveKey, "W/etag with spaces");

        Assert.Equal(first, LakeKey.StagedStreamArchive(ArchiveKey, "W/etag with spaces"));
        Assert.Matches("^raw/staged/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9\\.[0-9a-f]{32}\\.jsonl$", first);
        Assert.NotEqual(first, LakeKey.StagedStreamArchive(ArchiveKey, "W/other etag"));
    }

    [Fact]
    public void StagedStreamArchive_ShouldStayOutsideThePrefixesThatNotifyBronzeLoad()
    {
        var key = LakeKey.StagedStreamArchive(ArchiveKey, "0f343b0931126a20f133d67c2b018a3b");

        Assert.StartsWith("raw/", key, StringComparison.Ordinal);
        Assert.False(key.StartsWith(LakeKey.RawBatchPrefix, StringComparison.Ordinal) || key.StartsWith(LakeKey.RawStreamPrefix, StringComparison.Ordinal));
        Assert.Null(LakeKey.AreaOf(key));
    }

    [Theory]
    [InlineData("raw/batch/orders/dt=2024-05-02/orders-2024-05-02.jsonl")]
    [InlineData("raw/stream/fx-rates/dt=2024-05-02/fx-rates-0-7-9.jsonl")]
    [InlineData("raw/stream/.avro")]
    public void StagedStreamArchive_WhenTheKeyIsNotAStreamArchive_ShouldRefuseNamingIt(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => LakeKey.StagedStreamArchive(key, "0f343b0931126a20f133d67c2b018a3b"));

        Assert.StartsWith($"'{key}' is not a stream archive key", error.Message, StringComparison.Ordinal);
    }
}
