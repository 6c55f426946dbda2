using System.Reflection;
using System.Runtime.InteropServices;

namespace TechShop.Local.Kafka;

/// <summary>
/// The librdkafka entry points of the mock cluster, bound to the very native library Confluent.Kafka loaded
/// (the package's default build needs libsasl2, so Confluent.Kafka may have fallen back to another file).
/// </summary>
internal static partial class LibRdKafka
{
    private const string Library = "librdkafka";
    private static readonly Lazy<string> LoadedPath = new(FindLoadedLibrary);

    static LibRdKafka()
    {
        NativeLibrary.SetDllImportResolver(typeof(LibRdKafka).Assembly, Resolve);
    }

    public const int ProducerType = 0;
    public const int ConfOk = 0;

    [LibraryImport(Library, EntryPoint = "rd_kafka_conf_new")]
    public static partial IntPtr ConfNew();

    [LibraryImport(Library, EntryPoint = "rd_kafka_conf_set", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ConfSet(IntPtr conf, string name, string value, byte[] errorText, UIntPtr errorTextSize);

    [LibraryImport(Library, EntryPoint = "rd_kafka_conf_destroy")]
    public static partial void ConfDestroy(IntPtr conf);

    [LibraryImport(Library, EntryPoint = "rd_kafka_new")]
    public static partial IntPtr New(int type, IntPtr conf, byte[] errorText, UIntPtr errorTextSize);

    [LibraryImport(Library, EntryPoint = "rd_kafka_destroy")]
    public static partial void Destroy(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_cluster_new")]
    public static partial IntPtr MockClusterNew(IntPtr handle, int brokerCount);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_cluster_destroy")]
    public static partial void MockClusterDestroy(IntPtr cluster);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_cluster_bootstraps")]
    public static partial IntPtr MockClusterBootstraps(IntPtr cluster);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_topic_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MockTopicCreate(IntPtr cluster, string topic, int partitions, int replicationFactor);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_group_initial_rebalance_delay_ms")]
    public static partial void MockGroupInitialRebalanceDelayMs(IntPtr cluster, int delayMs);

    [LibraryImport(Library, EntryPoint = "rd_kafka_err2str")]
    public static partial IntPtr ErrorToString(int error);

    public static string ErrorText(int error) => Marshal.PtrToStringUTF8(ErrorToString(error)) ?? $"error {error}";

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == Library ? NativeLibrary.Load(LoadedPath.Value) : IntPtr.Zero;

    private static string FindLoadedLibrary()
    {
        // Touching the version makes Confluent.Kafka load its native library (with its own fallback logic).
        _ = Confluent.Kafka.Library.Version;
        if (File.Exists("/proc/self/maps"))
        {
            var path = File.ReadLines("/proc/self/maps")
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(parts => parts.Length >= 6 && parts[^1].Contains("librdkafka", StringComparison.Ordinal))
                .Select(parts => parts[^1])
                .FirstOrDefault();
            if (path is not null)
            {
                return path;
            }
        }

        throw new EmbeddedKafkaException(
            "Could not find the librdkafka native library that Confluent.Kafka loaded; the embedded Kafka cluster needs " +
            "librdkafka.redist's native files next to the application (linux-x64).");
    }
}
