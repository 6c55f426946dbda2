namespace TechShop.Keyspaces.Protocol;

/// <summary>A RESULT message, by kind (spec 4.2.5).</summary>
public abstract record CqlResult;
