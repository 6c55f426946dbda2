namespace TechShop.Core.Warehouse;

/// <summary>A model statement the engine refused; names the model and the statement, keeps the engine's error inside.</summary>
public sealed class ModelFailedException : Exception
{
    public ModelFailedException(string model, int statement, Exception innerException)
        : base($"Warehouse model '{model}' failed at statement {statement}: {innerException?.Message}", innerException)
    {
        Model = model;
        Statement = statement;
    }

    public ModelFailedException()
    {
        Model = string.Empty;
    }

    public ModelFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Model = string.Empty;
    }

    /// <summary>The model's name (<c>layer.stem</c>).</summary>
    public string Model { get; }

    /// <summary>The failed statement's 1-based position in the model file.</summary>
    public int Statement { get; }
}
