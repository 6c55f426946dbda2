namespace TechShop.Avro.Errors;

/// <summary>No codec is bound to the topic: a configuration error, not a bad record.</summary>
public sealed class UnknownTopicException : Exception
{
    public UnknownTopicException(string topic, IEnumerable<string> knownTopics)
        : base($"No Avro codec is bound to topic '{topic}'; known topics: {string.Join(", ", knownTopics)}.")
    {
        Topic = topic;
    }

    public UnknownTopicException()
    {
        Topic = string.Empty;
    }

    public UnknownTopicException(string message, Exception innerException)
        : base(message, innerException)
    {
        Topic = string.Empty;
    }

    public string Topic { get; }
}
