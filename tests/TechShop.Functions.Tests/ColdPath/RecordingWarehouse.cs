using TechShop.Core.Warehouse;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>
/// A warehouse that records every batch bronze load it is asked for and hands it to the inner warehouse, or fails it
/// as a Snowflake outage would (a transient error, before anything commits) while <see cref="FailBatches"/> is set.
/// </summary>
internal sealed class RecordingWarehouse(IWarehouse inner) : IWarehouse
{
    public List<IReadOnlyList<BronzeObject>> Batches { get; } = [];

    public bool FailBatches { get; set; }

    public string Engine => inner.Engine;

    public Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken = default) => inner.ExecuteAsync(sql, cancellationToken);

    public Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken = default) => inner.QueryAsync(sql, cancellationToken);

    public Task<BronzeLoadOutcome> LoadBronzeAsync(BronzeObject source, CancellationToken cancellationToken = default) =>
        inner.LoadBronzeAsync(source, cancellationToken);

    public Task<BronzeBatchOutcome> LoadBronzeAsync(IReadOnlyList<BronzeObject> sources, CancellationToken cancellationToken = default)
    {
        Batches.Add([.. sources]);
        return FailBatches
            ? throw new HttpRequestException("POST /api/v2/statements: 503 Service Unavailable (test)")
            : inner.LoadBronzeAsync(sources, cancellationToken);
    }
}
