namespace TechShop.Local.Lake;

/// <summary>Receives the notifications a folder lake emits, as an S3 bucket notification configuration would.</summary>
public interface ILakeNotificationSink
{
    Task NotifyAsync(LakeNotification notification, CancellationToken cancellationToken);
}
