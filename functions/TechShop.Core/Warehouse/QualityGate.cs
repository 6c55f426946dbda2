using System.Globalization;

namespace TechShop.Core.Warehouse;

/// <summary>
/// Runs the checks of <c>sql/warehouse/quality/checks/</c> against the staged gold build and silver, records each
/// result in <c>QUALITY.RESULTS</c> under one run id, and says whether the build may be published.
/// </summary>
public sealed class QualityGate
{
    private readonly IWarehouse _warehouse;
    private readonly ModelCatalog _catalog;
    private readonly TimeProvider _clock;

    public QualityGate(IWarehouse warehouse, ModelCatalog? catalog = null, TimeProvider? clock = null)
    {
        _warehouse = warehouse ?? throw new ArgumentNullException(nameof(warehouse));
        _catalog = catalog ?? ModelCatalog.Embedded;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Runs every check under <paramref name="runId"/> and returns the recorded results.</summary>
    public async Task<QualityGateOutcome> RunAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var checkedAt = SqlLiteral.Timestamp(_clock.GetUtcNow().UtcDateTime);
        foreach (var check in _catalog.InRunOrder(SqlModelKind.Check))
        {
            var statements = check.Statements();
            if (statements.Count != 1)
            {
                throw new SqlModelException(check.Name, $"a check is one SELECT; this file has {statements.Count} statements.");
            }

            var insert =
                "INSERT INTO QUALITY.RESULTS (run_id, checked_at, check_name, severity, status, observed_value, threshold) "
                + $"SELECT {SqlLiteral.String(runId)}, {checkedAt}, check_name, severity, "
                + "CASE WHEN passed THEN 'PASS' WHEN severity = 'warn' THEN 'WARN' ELSE 'FAIL' END, observed_value, threshold "
                + $"FROM ({statements[0]}) q";
            try
            {
                await _warehouse.ExecuteAsync(insert, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ModelFailedException(check.Name, 1, e);
            }
        }

        var rows = await _warehouse.QueryAsync(
            "SELECT check_name, severity, status, observed_value, threshold FROM QUALITY.RESULTS "
            + $"WHERE run_id = {SqlLiteral.String(runId)} ORDER BY check_name",
            cancellationToken).ConfigureAwait(false);
        return new QualityGateOutcome(runId, rows.Rows.Select(r => ToResult(rows, r)).ToList());
    }

    private static QualityCheckResult ToResult(QueryResult result, IReadOnlyList<object?> row) => new(
        (string)row[result.ColumnIndex("check_name")]!,
        (string)row[result.ColumnIndex("severity")]!,
        Enum.Parse<QualityCheckStatus>((string)row[result.ColumnIndex("status")]!, ignoreCase: true),
        row[result.ColumnIndex("observed_value")] is { } observed ? Convert.ToDouble(observed, CultureInfo.InvariantCulture) : null,
        Convert.ToDouble(row[result.ColumnIndex("threshold")], CultureInfo.InvariantCulture));
}
