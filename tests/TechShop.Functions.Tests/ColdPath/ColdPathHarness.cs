using System.Text;
using System.Text.Json;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Functions.ColdPath;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Events.Scheduled;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Serialization;
using TechShop.Local.Invoke;
using TechShop.Local.Lake;
using TechShop.Local.Warehouse;

namespace TechShop.Functions.Tests.ColdPath;

/// <summary>
/// A folder lake and a DuckDB warehouse in a fresh temporary data directory, with the three cold path handlers invoked
/// in-process through their event JSON (the same bytes S3 and EventBridge send); logs and EMF go to <see cref="Output"/>.
/// </summary>
internal sealed class ColdPathHarness : IDisposable
{
    public const string Bucket = LocalColdPath.DefaultBucket;
    private const string RuleArn = "arn:aws:events:eu-west-1:000000000000:rule/techshop-cold-path";

    private readonly LocalInvoker _invoker;

    /// <param name="decorate">Wraps the DuckDB warehouse the handlers use (a test's stand-in for an engine's behaviour); none by default.</param>
    public ColdPathHarness(Func<IWarehouse, IWarehouse>? decorate = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "techshop-coldpath-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Lake = LocalColdPath.Lake(Root);
        Warehouse = new DuckDbWarehouse(LocalColdPath.WarehouseOptions(Root) with { MemoryLimit = "512MB" });
        var session = new WarehouseSession(decorate?.Invoke(Warehouse) ?? Warehouse);
        var metrics = new ColdPathMetrics(Output);
        var catalog = new LambdaHandlerCatalog()
            .Register(BronzeLoadHandler.HandlerName, () => new BronzeLoadHandler(Lake, session))
            .Register(SilverBuildHandler.HandlerName, () => new SilverBuildHandler(session))
            .Register(GoldBuildHandler.HandlerName, () => new GoldBuildHandler(session, metrics));
        _invoker = new LocalInvoker(catalog, Output);
    }

    public string Root { get; }

    public FolderLake Lake { get; }

    public DuckDbWarehouse Warehouse { get; }

    public MemoryStream Output { get; } = new();

    public Task<LakeObjectInfo> PutAsync(string key, string content) =>
        Lake.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes(content)), "application/x-ndjson");

    /// <summary>The ObjectCreated event of the given objects, one record each, as S3 would send it.</summary>
    public static byte[] ObjectCreatedEvent(params LakeObjectInfo[] objects)
    {
        var records = objects.Select(o => S3EventNotifications.ObjectCreated(Bucket, o.Key, o.Size, o.ETag, DateTime.UtcNow, "eu-west-1").Records[0]);
        return JsonSerializer.SerializeToUtf8Bytes(new S3Event { Records = [.. records] }, LambdaJsonContext.Default.S3Event);
    }

    public async Task<BronzeLoadResponse> NotifyAsync(params LakeObjectInfo[] objects) =>
        JsonSerializer.Deserialize((await InvokeAsync(BronzeLoadHandler.HandlerName, ObjectCreatedEvent(objects))).Span, ColdPathJsonContext.Default.BronzeLoadResponse)!;

    public async Task<SilverBuildResponse> BuildSilverAsync() =>
        JsonSerializer.Deserialize((await InvokeAsync(SilverBuildHandler.HandlerName, ScheduledEventJson())).Span, ColdPathJsonContext.Default.SilverBuildResponse)!;

    public async Task<GoldBuildResponse> BuildGoldAsync() =>
        JsonSerializer.Deserialize((await InvokeAsync(GoldBuildHandler.HandlerName, ScheduledEventJson())).Span, ColdPathJsonContext.Default.GoldBuildResponse)!;

    public async Task<object?> ScalarAsync(string sql) => (await Warehouse.QueryAsync(sql)).Rows[0][0];

    public async Task<long> CountAsync(string table) => (long)(await ScalarAsync($"SELECT COUNT(*) FROM {table}"))!;

    /// <summary>The EMF documents written so far.</summary>
    public IReadOnlyList<JsonElement> MetricDocuments() =>
        [.. Lines().Where(l => l.Contains("\"_aws\"", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l).RootElement)];

    /// <summary>Every log and EMF line written so far.</summary>
    public IReadOnlyList<string> Lines() =>
        Encoding.UTF8.GetString(Output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        Warehouse.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test result is what matters.
        }
    }

    private static byte[] ScheduledEventJson() => JsonSerializer.SerializeToUtf8Bytes(
        ScheduledEvent.ForRule(RuleArn, DateTime.UtcNow, LocalInvoker.LocalAccountId, "eu-west-1", Guid.NewGuid()), LambdaJsonContext.Default.ScheduledEvent);

    private async Task<ReadOnlyMemory<byte>> InvokeAsync(string handler, byte[] eventJson)
    {
        var result = await _invoker.InvokeAsync(handler, eventJson, CancellationToken.None);
        return result.Succeeded
            ? result.Payload
            : throw new InvalidOperationException($"{handler} failed ({result.ErrorType}): {Encoding.UTF8.GetString(result.Payload.Span)}");
    }
}
