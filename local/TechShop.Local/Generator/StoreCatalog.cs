using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>Builds the 66 physical stores across the eight countries, plus the one online store (key 0).</summary>
internal static class StoreCatalog
{
    public const int OnlineStoreKey = 0;

    public static List<Store> Create(SeededRandom random, DateOnly periodStart)
    {
        var stores = new List<Store> { new(OnlineStoreKey, "Tech Shop Online", "Online", "Online", null, new DateOnly(2010, 1, 1), true) };
        var key = 1;
        foreach (var country in Geography.Countries)
        {
            for (var i = 0; i < country.PhysicalStores; i++)
            {
                var (state, cities) = country.Regions[i % country.Regions.Count];
                var city = cities[i / country.Regions.Count % cities.Length];
                // About one store in ten opens during the period, so that dim_store has young stores too.
                var opened = random.Chance(0.1)
                    ? periodStart.AddDays(random.Between(60, 3 * 365))
                    : new DateOnly(random.Between(2005, 2020), random.Between(1, 12), random.Between(1, 28));
                stores.Add(new Store(key++, $"Tech Shop {city}", country.Name, state, random.Between(4, 40) * 50, opened, false));
            }
        }

        return stores;
    }
}
