namespace TechShop.Lambda.Hosting;

/// <summary>
/// The handlers a host can run, by name. Factories are lazy: only the selected handler (and its adapters) is built.
/// </summary>
public sealed class LambdaHandlerCatalog
{
    private readonly SortedDictionary<string, Func<ILambdaHandler>> factories = new(StringComparer.Ordinal);

    /// <summary>The registered handler names, sorted.</summary>
    public IReadOnlyList<string> Names => factories.Keys.ToList();

    /// <summary>Registers <paramref name="factory"/> under <paramref name="name"/>; a name can be registered once.</summary>
    public LambdaHandlerCatalog Register(string name, Func<ILambdaHandler> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!factories.TryAdd(name, factory))
        {
            throw new ArgumentException($"A handler named '{name}' is already registered.", nameof(name));
        }

        return this;
    }

    public bool Contains(string name) => factories.ContainsKey(name);

    /// <summary>Builds the handler named <paramref name="name"/>, or throws <see cref="UnknownHandlerException"/>.</summary>
    public ILambdaHandler Create(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || !factories.TryGetValue(name, out var factory))
        {
            throw new UnknownHandlerException(name, Names);
        }

        var handler = factory();
        if (!string.Equals(handler.Name, name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The factory registered as '{name}' built handler '{handler.Name}'.");
        }

        return handler;
    }
}
