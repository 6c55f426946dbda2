using System.Diagnostics;

namespace TechShop.Core.Warehouse;

/// <summary>Runs warehouse models on an <see cref="IWarehouse"/>, statement by statement, in dependency order.</summary>
public sealed class ModelRunner
{
    private readonly IWarehouse _warehouse;

    /// <summary>A runner over <paramref name="warehouse"/> and the models of <paramref name="catalog"/> (default: the embedded ones).</summary>
    public ModelRunner(IWarehouse warehouse, ModelCatalog? catalog = null)
    {
        _warehouse = warehouse ?? throw new ArgumentNullException(nameof(warehouse));
        Catalog = catalog ?? ModelCatalog.Embedded;
    }

    /// <summary>The models this runner runs.</summary>
    public ModelCatalog Catalog { get; }

    /// <summary>Creates every schema, table and view the layers need; idempotent, so safe before every build and load.</summary>
    public Task<IReadOnlyList<ModelRun>> EnsureSchemaAsync(CancellationToken cancellationToken = default) =>
        RunAsync(Catalog.InRunOrder(SqlModelKind.Setup), null, cancellationToken);

    /// <summary>Runs the models of one kind and layer in dependency order with the given parameters.</summary>
    public Task<IReadOnlyList<ModelRun>> RunLayerAsync(
        SqlModelKind kind,
        string? layer,
        IReadOnlyDictionary<string, string>? parameters = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(Catalog.InRunOrder(kind, layer), parameters, cancellationToken);

    /// <summary>Runs the given models in the given order; the first failure stops the run with a <see cref="ModelFailedException"/>.</summary>
    public async Task<IReadOnlyList<ModelRun>> RunAsync(
        IEnumerable<SqlModel> models,
        IReadOnlyDictionary<string, string>? parameters,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        var runs = new List<ModelRun>();
        foreach (var model in models)
        {
            var statements = model.Statements(parameters);
            var started = Stopwatch.GetTimestamp();
            long rows = 0;
            for (var i = 0; i < statements.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    rows += Math.Max(0, await _warehouse.ExecuteAsync(statements[i], cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new ModelFailedException(model.Name, i + 1, e);
                }
            }

            runs.Add(new ModelRun(model.Name, statements.Count, rows, Stopwatch.GetElapsedTime(started)));
        }

        return runs;
    }
}
