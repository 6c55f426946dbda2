namespace TechShop.Keyspaces.Connection;

/// <summary>Free stream ids of one connection (0..capacity-1); an id returns only when its response has arrived.</summary>
internal sealed class StreamIdPool : IDisposable
{
    private readonly Stack<short> _free;
    private readonly SemaphoreSlim _available;

    public StreamIdPool(int capacity)
    {
        if (capacity is < 1 or > 32768)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "protocol v4 allows 1 to 32768 streams in flight");
        }

        _free = new Stack<short>(capacity);
        for (var id = capacity - 1; id >= 0; id--)
        {
            _free.Push((short)id);
        }

        _available = new SemaphoreSlim(capacity, capacity);
    }

    public async ValueTask<short> RentAsync(CancellationToken cancellationToken)
    {
        await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_free)
        {
            return _free.Pop();
        }
    }

    public void Return(short id)
    {
        lock (_free)
        {
            _free.Push(id);
        }

        _available.Release();
    }

    public void Dispose() => _available.Dispose();
}
