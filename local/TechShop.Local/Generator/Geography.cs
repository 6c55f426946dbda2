namespace TechShop.Local.Generator;

/// <summary>The eight countries of the Tech Shop profile: 66 physical stores between them, plus the online store.</summary>
internal static class Geography
{
    public static IReadOnlyList<CountryProfile> Countries { get; } =
    [
        new("Australia", "Australia", "AUD", 10, 6, 0.06, "English",
        [
            ("New South Wales", ["Sydney", "Newcastle", "Wollongong"]),
            ("Victoria", ["Melbourne", "Geelong", "Ballarat"]),
            ("Queensland", ["Brisbane", "Gold Coast", "Cairns"]),
            ("Western Australia", ["Perth", "Fremantle"]),
            ("South Australia", ["Adelaide", "Mount Gambier"]),
            ("Tasmania", ["Hobart", "Launceston"]),
        ]),
        new("Canada", "North America", "CAD", -5, 5, 0.08, "English",
        [
            ("Ontario", ["Toronto", "Ottawa", "Hamilton"]),
            ("Quebec", ["Montreal", "Quebec City", "Laval"]),
            ("British Columbia", ["Vancouver", "Victoria", "Surrey"]),
            ("Alberta", ["Calgary", "Edmonton"]),
            ("Manitoba", ["Winnipeg", "Brandon"]),
        ]),
        new("France", "Europe", "EUR", 1, 7, 0.05, "French",
        [
            ("Ile-de-France", ["Paris", "Versailles", "Boulogne-Billancourt"]),
            ("Auvergne-Rhone-Alpes", ["Lyon", "Grenoble", "Saint-Etienne"]),
            ("Provence-Alpes-Cote d'Azur", ["Marseille", "Nice", "Toulon"]),
            ("Occitanie", ["Toulouse", "Montpellier"]),
            ("Nouvelle-Aquitaine", ["Bordeaux", "Limoges"]),
            ("Hauts-de-France", ["Lille", "Amiens"]),
        ]),
        new("Germany", "Europe", "EUR", 1, 9, 0.09, "German",
        [
            ("Berlin", ["Berlin"]),
            ("Bavaria", ["Munich", "Nuremberg", "Augsburg"]),
            ("Hamburg", ["Hamburg"]),
            ("Hesse", ["Frankfurt", "Wiesbaden", "Kassel"]),
            ("North Rhine-Westphalia", ["Cologne", "Dusseldorf", "Dortmund", "Essen"]),
            ("Baden-Wurttemberg", ["Stuttgart", "Karlsruhe", "Freiburg"]),
            ("Saxony", ["Dresden", "Leipzig"]),
            ("Lower Saxony", ["Hanover", "Brunswick"]),
        ]),
        new("Italy", "Europe", "EUR", 1, 3, 0.05, "Italian",
        [
            ("Lazio", ["Rome", "Latina"]),
            ("Lombardy", ["Milan", "Bergamo", "Brescia"]),
            ("Campania", ["Naples", "Salerno"]),
            ("Piedmont", ["Turin", "Novara"]),
            ("Tuscany", ["Florence", "Pisa"]),
        ]),
        new("Netherlands", "Europe", "EUR", 1, 5, 0.05, "Dutch",
        [
            ("North Holland", ["Amsterdam", "Haarlem"]),
            ("South Holland", ["Rotterdam", "The Hague", "Leiden"]),
            ("Utrecht", ["Utrecht", "Amersfoort"]),
            ("North Brabant", ["Eindhoven", "Tilburg"]),
            ("Groningen", ["Groningen"]),
        ]),
        new("United Kingdom", "Europe", "GBP", 0, 7, 0.13, "English",
        [
            ("England", ["London", "Manchester", "Birmingham", "Leeds", "Bristol"]),
            ("Scotland", ["Edinburgh", "Glasgow", "Aberdeen"]),
            ("Wales", ["Cardiff", "Swansea"]),
            ("Northern Ireland", ["Belfast", "Derry"]),
        ]),
        new("United States", "North America", "USD", -6, 24, 0.49, "English",
        [
            ("California", ["Los Angeles", "San Francisco", "San Diego", "Sacramento"]),
            ("New York", ["New York", "Buffalo", "Rochester"]),
            ("Texas", ["Houston", "Dallas", "Austin", "San Antonio"]),
            ("Florida", ["Miami", "Orlando", "Tampa"]),
            ("Illinois", ["Chicago", "Springfield"]),
            ("Washington", ["Seattle", "Spokane"]),
            ("Massachusetts", ["Boston", "Worcester"]),
            ("Georgia", ["Atlanta", "Savannah"]),
            ("Colorado", ["Denver", "Boulder"]),
            ("Arizona", ["Phoenix", "Tucson"]),
            ("Pennsylvania", ["Philadelphia", "Pittsburgh"]),
            ("Ohio", ["Columbus", "Cleveland"]),
        ]),
    ];

    public static CountryProfile Country(string name) =>
        Countries.FirstOrDefault(c => c.Name == name)
        ?? throw new ArgumentException($"Unknown country '{name}'.", nameof(name));
}
