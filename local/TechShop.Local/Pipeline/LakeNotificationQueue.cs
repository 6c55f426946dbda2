using System.Collections.Concurrent;
using TechShop.Local.Lake;

namespace TechShop.Local.Pipeline;

/// <summary>The bucket notification target of a local run: notifications queue up until the run dispatches them to bronze-load.</summary>
public sealed class LakeNotificationQueue : ILakeNotificationSink
{
    private readonly ConcurrentQueue<LakeNotification> _pending = new();

    /// <summary>Notifications not yet dispatched.</summary>
    public int Count => _pending.Count;

    public Task NotifyAsync(LakeNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        _pending.Enqueue(notification);
        return Task.CompletedTask;
    }

    /// <summary>Takes every pending notification, oldest first.</summary>
    public IReadOnlyList<LakeNotification> DrainAll()
    {
        var drained = new List<LakeNotification>();
        while (_pending.TryDequeue(out var notification))
        {
            drained.Add(notification);
        }

        return drained;
    }
}
