namespace TechShop.Core.Streaming;

/// <summary>
/// Where each record of a batch stands, and the first failed offset of each topic-partition. A record at or after
/// its partition's first failed offset is left for redelivery whatever else happened to it. Thread-safe.
/// </summary>
internal sealed class BatchLedger(IReadOnlyList<StreamRecord> batch)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Topic, int Partition), long> _firstFailed = [];
    private readonly (BadRecordKind Reason, string Detail)?[] _deadLetters = new (BadRecordKind, string)?[batch.Count];
    private readonly bool[] _deadLettered = new bool[batch.Count];

    // Set once a record fails; until then no record is blocked and the check needs no lock (it runs per record and call).
    private volatile bool _anyFailed;

    public IReadOnlyList<StreamRecord> Batch { get; } = batch;

    /// <summary>Marks a record as not processed: its partition resumes at its offset at the latest.</summary>
    public void Fail(int index)
    {
        var record = Batch[index];
        var partition = (record.Topic, record.Partition);
        lock (_gate)
        {
            if (!_firstFailed.TryGetValue(partition, out var first) || record.Offset < first)
            {
                _firstFailed[partition] = record.Offset;
            }

            _anyFailed = true;
        }
    }

    /// <summary>Whether every one of the records is blocked (a store call of only those need not be made).</summary>
    public bool AllBlocked(IReadOnlyList<int> indexes)
    {
        if (!_anyFailed)
        {
            return indexes.Count == 0;
        }

        for (var i = 0; i < indexes.Count; i++)
        {
            if (!IsBlocked(indexes[i]))
            {
                return false;
            }
        }

        return true;
    }

    public void Fail(IEnumerable<int> indexes)
    {
        foreach (var index in indexes)
        {
            Fail(index);
        }
    }

    /// <summary>Whether a record is at or after its partition's first failed offset.</summary>
    public bool IsBlocked(int index)
    {
        if (!_anyFailed)
        {
            return false;
        }

        var record = Batch[index];
        lock (_gate)
        {
            return _firstFailed.TryGetValue((record.Topic, record.Partition), out var first) && record.Offset >= first;
        }
    }

    /// <summary>Plans a dead letter: the record can never succeed.</summary>
    public void PlanDeadLetter(int index, BadRecordKind reason, string detail) => _deadLetters[index] = (reason, detail);

    public (BadRecordKind Reason, string Detail)? DeadLetterOf(int index) => _deadLetters[index];

    public void MarkDeadLettered(int index) => _deadLettered[index] = true;

    public bool IsDeadLettered(int index) => _deadLettered[index];

    /// <summary>The first failed offset of each affected partition, ordered by topic and partition.</summary>
    public IReadOnlyList<PartitionFailure> Failures()
    {
        lock (_gate)
        {
            return _firstFailed
                .OrderBy(f => f.Key.Topic, StringComparer.Ordinal)
                .ThenBy(f => f.Key.Partition)
                .Select(f => new PartitionFailure(f.Key.Topic, f.Key.Partition, f.Value))
                .ToList();
        }
    }
}
