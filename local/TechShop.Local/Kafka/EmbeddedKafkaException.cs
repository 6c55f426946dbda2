namespace TechShop.Local.Kafka;

/// <summary>The embedded Kafka cluster could not start or could not create a topic.</summary>
public sealed class EmbeddedKafkaException : Exception
{
    public EmbeddedKafkaException(string message)
        : base(message)
    {
    }

    public EmbeddedKafkaException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
