namespace TechShop.Local.Generator;

/// <summary>A country Tech Shop sells in: currency, time zone, physical stores, share of customers, regions.</summary>
internal sealed record CountryProfile(
    string Name,
    string Continent,
    string Currency,
    int UtcOffsetHours,
    int PhysicalStores,
    double CustomerShare,
    string NameGroup,
    IReadOnlyList<(string State, string[] Cities)> Regions);
