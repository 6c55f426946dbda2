using System.Globalization;
using TechShop.Core.Warehouse;
using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// A batch bronze load on Snowflake: each entity's JSON Lines extracts in one audit lookup and one COPY transaction
/// per 1,000 files (the most a COPY's FILES list takes); any other object (and an entity with one object) through the single-object load. A batch
/// COPY that Snowflake refuses for a file's data loads the file it names alone and the rest as a batch again (object by
/// object when it names none of them), so only the bad file is rejected.
/// </summary>
internal sealed class SnowflakeBronzeBatchLoader(
    SnowflakeSqlApiClient client,
    SnowflakeWarehouseOptions options,
    Func<BronzeObject, CancellationToken, Task<BronzeLoadOutcome>> loadOne)
{
    public async Task<BronzeBatchOutcome> LoadAsync(IReadOnlyList<BronzeObject> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var outcomes = new List<BronzeLoadOutcome>(sources.Count);
        var rejections = new List<BronzeObjectRejectedException>();
        var singles = new List<BronzeObject>();
        foreach (var group in sources.GroupBy(s => (s.Bucket, s.Entity, s.Format)))
        {
            var objects = group.DistinctBy(s => (s.Key, s.ETag)).ToList();
            if (group.Key.Format == BronzeFormat.JsonLines && objects.Count > 1)
            {
                foreach (var chunk in objects.Chunk(BronzeBatchStatements.MaxFilesPerCopy))
                {
                    outcomes.AddRange(await LoadEntityAsync([.. chunk], singles, cancellationToken).ConfigureAwait(false));
                }
            }
            else
            {
                singles.AddRange(objects);
            }
        }

        foreach (var source in singles)
        {
            try
            {
                outcomes.Add(await loadOne(source, cancellationToken).ConfigureAwait(false));
            }
            catch (BronzeObjectRejectedException e)
            {
                rejections.Add(e);
            }
        }

        return new BronzeBatchOutcome(outcomes, rejections);
    }

    // Objects the batch COPY could not take are added to retryOneByOne.
    private async Task<List<BronzeLoadOutcome>> LoadEntityAsync(List<BronzeObject> objects, List<BronzeObject> retryOneByOne, CancellationToken cancellationToken)
    {
        var audit = await client.ExecuteAsync(
            new SnowflakeStatement(BronzeBatchStatements.AuditLookup(objects.Count))
            {
                Bindings = [SnowflakeBinding.Text(objects[0].Bucket), .. objects.Select(o => SnowflakeBinding.Text(o.Key))],
            },
            cancellationToken).ConfigureAwait(false);
        var audited = audit.Rows.Select(r => (Convert.ToString(r[0], CultureInfo.InvariantCulture), Convert.ToString(r[1], CultureInfo.InvariantCulture))).ToHashSet();
        var outcomes = objects.Where(o => audited.Contains((o.Key, o.ETag))).Select(o => new BronzeLoadOutcome(o, 0, AlreadyLoaded: true)).ToList();
        var pending = objects.Where(o => !audited.Contains((o.Key, o.ETag))).ToList();
        if (pending.Count == 0)
        {
            return outcomes;
        }

        IReadOnlyList<StatementResult> results;
        try
        {
            results = await client.ExecuteMultiStatementAsync(BronzeBatchStatements.Transaction(pending, options), cancellationToken).ConfigureAwait(false);
        }
        catch (SnowflakeStatementException e) when (CopyDataError.IsDataError(e))
        {
            // ON_ERROR = ABORT_STATEMENT stops at the first bad file. When Snowflake's message names one of ours, that
            // file loads alone (the single-object load turns its data error into its rejection) and the rest go back
            // into one batch: a round per bad file instead of a transaction per file. Otherwise, one by one. Any other
            // failure (privileges, warehouse, timeout) would fail every object alike: it propagates, the event retries.
            var named = pending.Where(o => NamesFile(e.SnowflakeMessage, BronzeBatchStatements.StagePath(o, options))).ToList();
            var rest = pending.Except(named).ToList();
            if (named.Count != 1 || rest.Count < 2)
            {
                retryOneByOne.AddRange(pending);
                return outcomes;
            }

            retryOneByOne.Add(named[0]);
            outcomes.AddRange(await LoadEntityAsync(rest, retryOneByOne, cancellationToken).ConfigureAwait(false));
            return outcomes;
        }

        var copy = results[1].ToQueryResult();
        var rowsByFile = new Dictionary<string, long>(StringComparer.Ordinal);
        if (copy.Columns.Any(c => string.Equals(c, "rows_loaded", StringComparison.OrdinalIgnoreCase)))
        {
            var file = copy.ColumnIndex("file");
            var rows = copy.ColumnIndex("rows_loaded");
            foreach (var row in copy.Rows)
            {
                rowsByFile[Convert.ToString(row[file], CultureInfo.InvariantCulture) ?? string.Empty] = Convert.ToInt64(row[rows], CultureInfo.InvariantCulture);
            }
        }

        foreach (var source in pending)
        {
            // COPY reports s3://<bucket>/<key>; a file it does not report was in Snowflake's load metadata already.
            outcomes.Add(rowsByFile.TryGetValue($"s3://{source.Bucket}/{source.Key}", out var loaded)
                ? new BronzeLoadOutcome(source, loaded, AlreadyLoaded: false)
                : new BronzeLoadOutcome(source, 0, AlreadyLoaded: true));
        }

        return outcomes;
    }

    // Snowflake's load errors name the file as File '<path relative to the stage>' (a prefix before it is tolerated).
    private static bool NamesFile(string message, string stagePath) =>
        message.Contains("'" + stagePath + "'", StringComparison.Ordinal) || message.Contains("/" + stagePath + "'", StringComparison.Ordinal);
}
