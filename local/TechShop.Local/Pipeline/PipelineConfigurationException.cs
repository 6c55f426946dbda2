namespace TechShop.Local.Pipeline;

/// <summary>A run setting is out of range, or does not match the data directory being resumed.</summary>
public sealed class PipelineConfigurationException : Exception
{
    public PipelineConfigurationException(string setting, string problem)
        : base($"{setting}: {problem.TrimEnd('.')}.")
    {
        Setting = setting;
    }

    public PipelineConfigurationException()
    {
        Setting = string.Empty;
    }

    public PipelineConfigurationException(string message)
        : base(message)
    {
        Setting = string.Empty;
    }

    public PipelineConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Setting = string.Empty;
    }

    /// <summary>The option or setting at fault.</summary>
    public string Setting { get; }
}
