using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Session;

/// <summary>Statements sent in one BATCH message; unlogged by default (one partition per batch is the cheap case).</summary>
public sealed class BatchStatement
{
    private readonly List<CqlStatement> _statements = [];

    public BatchStatement(BatchType type = BatchType.Unlogged) => Type = type;

    /// <summary>Logged, unlogged or counter.</summary>
    public BatchType Type { get; }

    /// <summary>Consistency; null uses <see cref="KeyspacesOptions.Consistency"/>.</summary>
    public Consistency? Consistency { get; init; }

    /// <summary>The statements, in order.</summary>
    public IReadOnlyList<CqlStatement> Statements => _statements;

    /// <summary>Adds a bound or simple statement.</summary>
    public BatchStatement Add(CqlStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        _statements.Add(statement);
        return this;
    }
}
