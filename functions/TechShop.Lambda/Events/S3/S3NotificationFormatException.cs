namespace TechShop.Lambda.Events.S3;

/// <summary>A queued message that is not an S3 notification: it can never be processed as one (a permanent failure of that message).</summary>
public sealed class S3NotificationFormatException : Exception
{
    public S3NotificationFormatException()
    {
    }

    public S3NotificationFormatException(string message)
        : base(message)
    {
    }

    public S3NotificationFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
