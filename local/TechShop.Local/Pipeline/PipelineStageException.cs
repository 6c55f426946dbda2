namespace TechShop.Local.Pipeline;

/// <summary>A stage of the run could not complete (a handler kept failing, a delivery was refused).</summary>
public sealed class PipelineStageException : Exception
{
    public PipelineStageException(string stage, string problem, Exception? innerException = null)
        : base($"Stage '{stage}': {problem.TrimEnd('.')}.", innerException)
    {
        Stage = stage;
    }

    public PipelineStageException()
    {
        Stage = string.Empty;
    }

    public PipelineStageException(string message)
        : base(message)
    {
        Stage = string.Empty;
    }

    public PipelineStageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Stage = string.Empty;
    }

    /// <summary>The stage that failed.</summary>
    public string Stage { get; }
}
