using System.Runtime.InteropServices;

namespace TechShop.Core.Streaming;

/// <summary>
/// The writes of one table in one batch. Groups rows by table partition (one store call per partition, at most a
/// chunk of rows each) and removes duplicate primary keys within a partition, merging them in record order, so that a
/// call never holds two conflicting writes of one row (on Keyspaces those would share a write timestamp and resolve
/// by value). Each store call keeps the batch records its rows came from, so a failed call fails exactly those.
/// </summary>
/// <remarks>
/// Flat by design (this runs once per row of every batch): rows in slot order, one key-to-slot dictionary for the
/// whole table, and (slot, record) pairs in a struct list, rather than a dictionary and a source list per partition.
/// Partitions, rows within a partition, and the records of a call all keep first-appearance order.
/// </remarks>
internal sealed class WritePlan<TRow, TPartition, TPrimary>
    where TPartition : notnull
    where TPrimary : notnull
{
    private readonly Func<TRow, TPartition> _partitionOf;
    private readonly Func<TRow, TPrimary> _primaryKeyOf;
    private readonly Func<TRow, TRow, TRow>? _merge;
    private readonly Dictionary<TPartition, int> _partitions = [];
    private readonly Dictionary<(TPartition Partition, TPrimary Key), int> _slots;
    private readonly List<TRow> _rows;
    private readonly List<int> _partitionOfSlot;
    private readonly List<(int Slot, int Source)> _sources;

    /// <param name="capacity">The expected number of rows (sizes the buffers once).</param>
    /// <param name="partitionOf">The row's table partition key.</param>
    /// <param name="primaryKeyOf">The row's clustering key within its partition.</param>
    /// <param name="merge">Combines a held row with a later row of the same primary key; null: the later row replaces it.</param>
    public WritePlan(int capacity, Func<TRow, TPartition> partitionOf, Func<TRow, TPrimary> primaryKeyOf, Func<TRow, TRow, TRow>? merge = null)
    {
        _partitionOf = partitionOf;
        _primaryKeyOf = primaryKeyOf;
        _merge = merge;
        _slots = new Dictionary<(TPartition, TPrimary), int>(capacity);
        _rows = new List<TRow>(capacity);
        _partitionOfSlot = new List<int>(capacity);
        _sources = new List<(int, int)>(capacity);
    }

    /// <summary>Adds a row written for batch record <paramref name="source"/>.</summary>
    public void Add(TRow row, int source) => _sources.Add((SlotOf(row), source));

    /// <summary>Adds one row that summarises several batch records (a failed write fails them all).</summary>
    public void Add(TRow row, ReadOnlySpan<int> sources)
    {
        var slot = SlotOf(row);
        foreach (var source in sources)
        {
            _sources.Add((slot, source));
        }
    }

    /// <summary>Appends this table's store calls to <paramref name="units"/>: per partition, chunks of at most <paramref name="maxRowsPerWrite"/> rows.</summary>
    public void AddUnits(List<WriteUnit> units, Func<IReadOnlyList<TRow>, CancellationToken, Task> write, int maxRowsPerWrite)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        // Slots ordered by partition (a counting sort keeps first-appearance order within each partition).
        var start = new int[_partitions.Count + 1];
        foreach (var partition in CollectionsMarshal.AsSpan(_partitionOfSlot))
        {
            start[partition + 1]++;
        }

        for (var p = 1; p < start.Length; p++)
        {
            start[p] += start[p - 1];
        }

        var ordered = new int[_rows.Count];
        var next = (int[])start.Clone();
        for (var slot = 0; slot < _rows.Count; slot++)
        {
            ordered[next[_partitionOfSlot[slot]]++] = slot;
        }

        // Chunk each partition; remember the call of every slot.
        var unitOfSlot = new int[_rows.Count];
        var chunks = new List<TRow[]>();
        for (var p = 0; p < _partitions.Count; p++)
        {
            for (var from = start[p]; from < start[p + 1]; from += maxRowsPerWrite)
            {
                var chunk = new TRow[Math.Min(maxRowsPerWrite, start[p + 1] - from)];
                for (var i = 0; i < chunk.Length; i++)
                {
                    var slot = ordered[from + i];
                    chunk[i] = _rows[slot];
                    unitOfSlot[slot] = chunks.Count;
                }

                chunks.Add(chunk);
            }
        }

        // The records of each call, in record order, each once (a record's rows of one table are added together,
        // so a record that repeats within a call repeats consecutively).
        var sources = new List<int>[chunks.Count];
        foreach (var (slot, source) in CollectionsMarshal.AsSpan(_sources))
        {
            var held = sources[unitOfSlot[slot]] ??= new List<int>(Math.Min(maxRowsPerWrite, 64));
            if (held.Count == 0 || held[^1] != source)
            {
                held.Add(source);
            }
        }

        for (var c = 0; c < chunks.Count; c++)
        {
            var rows = chunks[c];
            units.Add(new WriteUnit(ct => write(rows, ct), sources[c].ToArray()));
        }
    }

    private int SlotOf(TRow row)
    {
        var partitionKey = _partitionOf(row);
        ref var partition = ref CollectionsMarshal.GetValueRefOrAddDefault(_partitions, partitionKey, out var partitionSeen);
        if (!partitionSeen)
        {
            partition = _partitions.Count - 1;
        }

        var partitionIndex = partition;
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, (partitionKey, _primaryKeyOf(row)), out var rowSeen);
        if (rowSeen)
        {
            _rows[slot] = _merge is null ? row : _merge(_rows[slot], row);
            return slot;
        }

        slot = _rows.Count;
        _rows.Add(row);
        _partitionOfSlot.Add(partitionIndex);
        return slot;
    }
}
