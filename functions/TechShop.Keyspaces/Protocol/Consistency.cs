namespace TechShop.Keyspaces.Protocol;

/// <summary>CQL consistency levels as sent on the wire; Keyspaces accepts ONE, LOCAL_ONE and LOCAL_QUORUM.</summary>
public enum Consistency : ushort
{
    Any = 0x0000,
    One = 0x0001,
    Two = 0x0002,
    Three = 0x0003,
    Quorum = 0x0004,
    All = 0x0005,
    LocalQuorum = 0x0006,
    EachQuorum = 0x0007,
    Serial = 0x0008,
    LocalSerial = 0x0009,
    LocalOne = 0x000A,
}
