using TechShop.Core.Warehouse;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// The gold-build response: run id, status (Published, GateFailed, SilverBehind), the high-waters compared, the models
/// run, the gate's counts and the names of the failed checks.
/// </summary>
public sealed record GoldBuildResponse(
    string RunId,
    GoldBuildStatus Status,
    DateTime? SilverHighWater,
    DateTime? BronzeHighWater,
    int Models,
    long RowsAffected,
    int ChecksPassed,
    int ChecksWarned,
    int ChecksFailed,
    IReadOnlyList<string> FailedChecks);
