namespace TechShop.Core.Warehouse;

/// <summary>A model file that cannot be used as written: a missing header, an unknown dependency, a cycle, an unbound parameter.</summary>
public sealed class SqlModelException : Exception
{
    public SqlModelException(string model, string problem)
        : base($"Warehouse model '{model}': {problem}")
    {
        Model = model;
    }

    public SqlModelException()
    {
        Model = string.Empty;
    }

    public SqlModelException(string message, Exception innerException)
        : base(message, innerException)
    {
        Model = string.Empty;
    }

    /// <summary>The model's name or path.</summary>
    public string Model { get; }
}
