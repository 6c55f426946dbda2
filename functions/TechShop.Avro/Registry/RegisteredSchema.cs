namespace TechShop.Avro.Registry;

/// <summary>A schema as a subject holds it: the registry's <c>{"subject","id","version","schema"}</c>.</summary>
public sealed record RegisteredSchema(string Subject, int Id, int Version, string Schema);
