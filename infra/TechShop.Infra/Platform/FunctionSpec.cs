namespace TechShop.Infra.Platform;

/// <summary>Size of one handler of the bootstrap: memory in dev and prod, and timeout.</summary>
public sealed record FunctionSpec(string Handler, int DevMemoryMiB, int ProdMemoryMiB, int TimeoutMinutes)
{
    /// <summary>The five handlers (CONTRACTS.md "Functions"); Kafka-triggered ones stay under the 14-minute ESM limit.</summary>
    public static readonly IReadOnlyList<FunctionSpec> All =
    [
        new("stream-enrich", 1024, 2048, 5),
        new("stream-archive", 1024, 2048, 5),
        new("bronze-load", 512, 1024, 10),
        new("silver-build", 512, 1024, 15),
        new("gold-build", 512, 1024, 15),
    ];

    /// <summary>The spec of a handler.</summary>
    public static FunctionSpec Of(string handler) => All.First(s => s.Handler == handler);
}
