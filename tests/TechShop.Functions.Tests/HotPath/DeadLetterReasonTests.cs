using TechShop.Core.Streaming;
using TechShop.Functions.HotPath;

namespace TechShop.Functions.Tests.HotPath;

public sealed class DeadLetterReasonTests
{
    [Theory]
    [InlineData(BadRecordKind.TruncatedBytes, "truncated-bytes")]
    [InlineData(BadRecordKind.WrongMagicByte, "wrong-magic-byte")]
    [InlineData(BadRecordKind.UnknownSchemaId, "unknown-schema-id")]
    [InlineData(BadRecordKind.MissingExchangeRate, "missing-exchange-rate")]
    public void Of_ShouldSpellTheKindInKebabCase(BadRecordKind kind, string expected) =>
        Assert.Equal(expected, DeadLetterReason.Of(kind));

    [Fact]
    public void EveryReason_ShouldBeListedInTheMetricContractOfDashboardsMd()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "dashboards.md")))
        {
            directory = directory.Parent;
        }

        var contract = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "dashboards.md"));
        var missing = Enum.GetValues<BadRecordKind>().Where(k => k != BadRecordKind.None)
            .Select(DeadLetterReason.Of).Where(reason => !contract.Contains($"`{reason}`", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }
}
