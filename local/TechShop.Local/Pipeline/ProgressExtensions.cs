namespace TechShop.Local.Pipeline;

/// <summary>Adapts a stage's 64-bit progress to the 32-bit reporters of the generator and producer.</summary>
internal static class ProgressExtensions
{
    public static IProgress<int> AsInt(this IProgress<long> progress) => new IntProgress(progress);

    private sealed class IntProgress(IProgress<long> inner) : IProgress<int>
    {
        public void Report(int value) => inner.Report(value);
    }
}
