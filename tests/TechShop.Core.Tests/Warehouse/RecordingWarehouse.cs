using TechShop.Core.Warehouse;

namespace TechShop.Core.Tests.Warehouse;

/// <summary>A test double that records statements and answers queries from a script; fails on a chosen statement.</summary>
internal sealed class RecordingWarehouse : IWarehouse
{
    public List<string> Executed { get; } = [];

    public Func<string, bool> FailWhen { get; init; } = _ => false;

    public Func<string, QueryResult> Answer { get; init; } = _ => new QueryResult(["high_water"], [[null]]);

    public string Engine => "recording";

    public Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        if (FailWhen(sql))
        {
            throw new InvalidOperationException("Catalog Error: Table with name NOPE does not exist!");
        }

        Executed.Add(sql);
        return Task.FromResult(1L);
    }

    public Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken = default) => Task.FromResult(Answer(sql));

    public Task<BronzeLoadOutcome> LoadBronzeAsync(BronzeObject source, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not used by these tests.");

    public Task<BronzeBatchOutcome> LoadBronzeAsync(IReadOnlyList<BronzeObject> sources, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not used by these tests.");
}
