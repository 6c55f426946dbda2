using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>
/// Creates the customers and their versions. A quarter exist when the period starts (the initial load), the rest
/// sign up through the period; about one in ten moves later, which makes a new version (SCD type 2 in the warehouse).
/// </summary>
internal static class CustomerPopulation
{
    public const int BaseCustomers = 15_000;

    /// <summary>All versions, ordered by <see cref="Customer.ChangedAt"/> then key; first versions in key order.</summary>
    public static List<Customer> Create(SeededRandom random, int count, DateOnly from, DateOnly to)
    {
        var periodStart = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var periodEnd = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var periodTicks = (periodEnd - periodStart).Ticks;
        var countryChoice = new WeightedChoice(Geography.Countries.Select(c => c.CustomerShare).ToArray());

        // Sign-up times first, sorted, so that customer keys grow with sign-up time as in the operational database.
        var signUps = new long[count];
        for (var i = 0; i < count; i++)
        {
            signUps[i] = random.Chance(0.25)
                ? (long)(random.NextDouble() * TimeSpan.TicksPerDay)
                : (long)(random.NextDouble() * periodTicks);
        }

        Array.Sort(signUps);
        var versions = new List<Customer>(count + count / 8);
        for (var i = 0; i < count; i++)
        {
            var country = Geography.Countries[countryChoice.Next(random)];
            var (name, gender) = PersonNames.Draw(random, country.NameGroup);
            var birthday = new DateOnly(random.Between(1945, 2005), random.Between(1, 12), random.Between(1, 28));
            var (state, city) = Residence(random, country);
            var created = periodStart.AddTicks(signUps[i] - signUps[i] % TimeSpan.TicksPerMillisecond);
            var first = new Customer(i + 1, name, gender, birthday, city, state, country.Name, country.Continent, created);
            versions.Add(first);

            var moves = random.Chance(0.10) ? (random.Chance(0.12) ? 2 : 1) : 0;
            var current = first;
            for (var m = 0; m < moves; m++)
            {
                var earliest = current.ChangedAt.AddDays(30);
                if (earliest >= periodEnd)
                {
                    break;
                }

                var movedAt = earliest.AddTicks((long)(random.NextDouble() * (periodEnd - earliest).Ticks));
                movedAt = movedAt.AddTicks(-(movedAt.Ticks % TimeSpan.TicksPerMillisecond));
                // Most moves stay in the country; some cross a border, which changes the online order currency.
                var destination = random.Chance(0.12) ? Geography.Countries[countryChoice.Next(random)] : Geography.Country(current.Country);
                var (newState, newCity) = Residence(random, destination);
                if (newCity == current.City && destination.Name == current.Country)
                {
                    continue;
                }

                current = current with
                {
                    City = newCity, State = newState, Country = destination.Name, Continent = destination.Continent, ChangedAt = movedAt,
                };
                versions.Add(current);
            }
        }

        versions.Sort((a, b) => a.ChangedAt != b.ChangedAt ? a.ChangedAt.CompareTo(b.ChangedAt) : a.CustomerKey.CompareTo(b.CustomerKey));
        return versions;
    }

    private static (string State, string City) Residence(SeededRandom random, CountryProfile country)
    {
        var (state, cities) = random.Pick(country.Regions);
        return (state, random.Pick(cities));
    }
}
