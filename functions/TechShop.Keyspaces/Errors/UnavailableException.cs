using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Errors;

/// <summary>Unavailable (0x1000): not enough replicas alive for the consistency level; Keyspaces also uses it when throttling.</summary>
public sealed class UnavailableException : CqlServerException
{
    public UnavailableException(string serverMessage, Consistency consistency, int required, int alive)
        : base(CqlErrorCode.Unavailable, serverMessage)
    {
        Consistency = consistency;
        Required = required;
        Alive = alive;
    }

    public Consistency Consistency { get; }

    /// <summary>Replicas that had to be alive.</summary>
    public int Required { get; }

    /// <summary>Replicas known alive.</summary>
    public int Alive { get; }
}
