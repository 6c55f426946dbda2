namespace TechShop.Local.Pipeline;

/// <summary>Where a run reports its stages: progress bars on a terminal, plain lines otherwise.</summary>
public interface IPipelineProgress
{
    /// <summary>Starts a stage of <paramref name="total"/> units (0 when unknown) and returns its reporter of units done.</summary>
    IProgress<long> Start(string stage, long total);

    /// <summary>Marks a stage finished, with a one-line result.</summary>
    void Finish(string stage, string result);
}
