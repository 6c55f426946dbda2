using TechShop.Core.Warehouse;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>
/// The warehouse as an engine that checks the object's ETag answers when <paramref name="key"/> was overwritten since its
/// notification: a superseded outcome for that key (the lake now holds <paramref name="currentETag"/>), every other
/// object loaded by <paramref name="inner"/>.
/// </summary>
internal sealed class OverwrittenObjectWarehouse(IWarehouse inner, string key, string currentETag) : IWarehouse
{
    public string Engine => inner.Engine;

    public Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken = default) => inner.ExecuteAsync(sql, cancellationToken);

    public Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken = default) => inner.QueryAsync(sql, cancellationToken);

    public Task<BronzeLoadOutcome> LoadBronzeAsync(BronzeObject source, CancellationToken cancellationToken = default) =>
        source.Key == key ? Task.FromResult(BronzeLoadOutcome.SupersededBy(source, currentETag)) : inner.LoadBronzeAsync(source, cancellationToken);

    public async Task<BronzeBatchOutcome> LoadBronzeAsync(IReadOnlyList<BronzeObject> sources, CancellationToken cancellationToken = default)
    {
        var loaded = await inner.LoadBronzeAsync([.. sources.Where(s => s.Key != key)], cancellationToken);
        return new BronzeBatchOutcome(
            [.. sources.Where(s => s.Key == key).Select(s => BronzeLoadOutcome.SupersededBy(s, currentETag)), .. loaded.Outcomes],
            loaded.Rejections);
    }
}
