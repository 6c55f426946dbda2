namespace TechShop.Keyspaces.Protocol;

/// <summary>The BATCH message's type byte.</summary>
public enum BatchType : byte
{
    Logged = 0,
    Unlogged = 1,
    Counter = 2,
}
