using System.Runtime.InteropServices;
using System.Text;

namespace TechShop.Local.Kafka;

/// <summary>
/// A Kafka cluster inside this process: librdkafka's mock cluster, listening on 127.0.0.1 and speaking the real Kafka
/// protocol, so ordinary clients (Confluent.Kafka, kcat) produce and consume against <see cref="BootstrapServers"/>.
/// Its log is in memory and bounded (about 5 MiB per partition): use compression and enough partitions for volume.
/// </summary>
public sealed class EmbeddedKafkaCluster : IDisposable
{
    private readonly object _gate = new();
    private IntPtr _handle;
    private IntPtr _cluster;

    private EmbeddedKafkaCluster(IntPtr handle, IntPtr cluster, string bootstrapServers, int brokers)
    {
        _handle = handle;
        _cluster = cluster;
        BootstrapServers = bootstrapServers;
        Brokers = brokers;
    }

    /// <summary>The comma-separated <c>host:port</c> list clients bootstrap from.</summary>
    public string BootstrapServers { get; }

    public int Brokers { get; }

    /// <summary>Starts a cluster of <paramref name="brokers"/> brokers and creates <paramref name="topics"/>.</summary>
    public static EmbeddedKafkaCluster Start(int brokers = 3, IEnumerable<TopicSpec>? topics = null)
    {
        if (brokers is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(brokers), brokers, "The embedded cluster takes 1 to 16 brokers.");
        }

        var error = new byte[512];
        var conf = LibRdKafka.ConfNew();
        // The host handle never talks to a broker; it only owns the mock cluster. Keep it quiet.
        if (LibRdKafka.ConfSet(conf, "log_level", "0", error, (UIntPtr)error.Length) != LibRdKafka.ConfOk)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new EmbeddedKafkaException("librdkafka rejected its configuration: " + Text(error));
        }

        var handle = LibRdKafka.New(LibRdKafka.ProducerType, conf, error, (UIntPtr)error.Length);
        if (handle == IntPtr.Zero)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new EmbeddedKafkaException("librdkafka could not create the handle that hosts the mock cluster: " + Text(error));
        }

        var cluster = LibRdKafka.MockClusterNew(handle, brokers);
        if (cluster == IntPtr.Zero)
        {
            LibRdKafka.Destroy(handle);
            throw new EmbeddedKafkaException($"librdkafka could not start a mock cluster of {brokers} brokers.");
        }

        LibRdKafka.MockGroupInitialRebalanceDelayMs(cluster, 0);
        var bootstraps = Marshal.PtrToStringUTF8(LibRdKafka.MockClusterBootstraps(cluster))
            ?? throw new EmbeddedKafkaException("The mock cluster reported no bootstrap servers.");
        var result = new EmbeddedKafkaCluster(handle, cluster, bootstraps, brokers);
        foreach (var topic in topics ?? [])
        {
            result.CreateTopic(topic);
        }

        return result;
    }

    /// <summary>Creates a topic (the mock cluster does not support the CreateTopics admin API).</summary>
    public void CreateTopic(TopicSpec topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (topic.Partitions < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(topic), topic.Partitions, $"Topic '{topic.Name}' needs at least one partition.");
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_cluster == IntPtr.Zero, this);
            var code = LibRdKafka.MockTopicCreate(_cluster, topic.Name, topic.Partitions, Math.Min(topic.ReplicationFactor, Brokers));
            if (code != 0)
            {
                throw new EmbeddedKafkaException($"Could not create topic '{topic.Name}' with {topic.Partitions} partitions: {LibRdKafka.ErrorText(code)}.");
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            // The cluster must go before the handle that owns it.
            if (_cluster != IntPtr.Zero)
            {
                LibRdKafka.MockClusterDestroy(_cluster);
                _cluster = IntPtr.Zero;
            }

            if (_handle != IntPtr.Zero)
            {
                LibRdKafka.Destroy(_handle);
                _handle = IntPtr.Zero;
            }
        }
    }

    private static string Text(byte[] error) => Encoding.UTF8.GetString(error).TrimEnd('\0');
}
