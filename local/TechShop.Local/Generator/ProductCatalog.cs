using TechShop.Core.Domain;

namespace TechShop.Local.Generator;

/// <summary>
/// Builds the ~2,500-product catalogue in 8 categories, and the popularity weights orders draw products with.
/// Prices are calibrated so that the expected order value hits the Tech Shop profile (~$2.1k).
/// </summary>
internal static class ProductCatalog
{
    private static readonly string[] Colors =
        ["Black", "White", "Silver", "Grey", "Blue", "Red", "Green", "Pink", "Gold", "Brown", "Orange", "Yellow", "Purple", "Azure", "Transparent", "Silver Grey"];

    private static readonly ProductCategory[] Categories =
    [
        new("Audio", 112, 110, ["Bluetooth Headphones", "MP4&MP3", "Recording Pen"], ["Contoso", "Wide World Importers", "Northwind Traders"]),
        new("Cameras and camcorders", 372, 420, ["Digital Cameras", "Digital SLR Cameras", "Camcorders", "Cameras & Camcorders Accessories"], ["Contoso", "Fabrikam", "A. Datum"]),
        new("Cell phones", 285, 260, ["Smart phones & PDAs", "Touch Screen Phones", "Home & Office Phones", "Cell phones Accessories"], ["Contoso", "The Phone Company", "Litware"]),
        new("Computers", 606, 650, ["Laptops", "Desktops", "Monitors", "Projectors & Screens", "Printers, Scanners & Fax", "Computers Accessories"], ["Contoso", "Adventure Works", "Fabrikam", "Proseware", "WWI"]),
        new("Games and Toys", 180, 45, ["Boxed Games", "Download Games", "Toys"], ["Tailspin Toys", "Contoso", "Wide World Importers"]),
        new("Home Appliances", 661, 480, ["Washers & Dryers", "Refrigerators", "Microwaves", "Coffee Machines", "Lamps", "Air Conditioners", "Water Heaters", "Fans"], ["Contoso", "Litware", "Fabrikam", "Northwind Traders"]),
        new("Music, Movies and Audio Books", 115, 25, ["Movie DVD", "Music CD"], ["Southridge Video", "Contoso"]),
        new("TV and Video", 186, 700, ["Televisions", "Home Theater System", "Car Video", "VCD & DVD"], ["Southridge Video", "Litware", "Contoso"]),
    ];

    /// <summary>Units on a line, 1..10: most lines are a single unit, a few are bulk buys.</summary>
    public static IReadOnlyList<double> QuantityWeights { get; } = [0.30, 0.20, 0.14, 0.10, 0.08, 0.06, 0.05, 0.03, 0.02, 0.02];

    /// <summary>Lines per order, 1..7.</summary>
    public static IReadOnlyList<double> LineCountWeights { get; } = [0.37, 0.26, 0.16, 0.10, 0.06, 0.03, 0.02];

    /// <summary>The mean number of units per order line (declared after the weights it reads).</summary>
    public static double MeanQuantity { get; } = Mean(QuantityWeights);

    public static double MeanLineCount { get; } = Mean(LineCountWeights);

    public static int CategoryCount => Categories.Length;

    /// <summary>Creates the catalogue, and each product's popularity weight (same index), for orders of ~<paramref name="targetOrderValueUsd"/>.</summary>
    public static (List<Product> Products, double[] Popularity) Create(SeededRandom random, double targetOrderValueUsd)
    {
        var drafts = new List<(string Name, string Brand, string Color, string Category, string Subcategory, double Price, double Margin)>();
        foreach (var category in Categories)
        {
            for (var i = 0; i < category.ProductCount; i++)
            {
                var subcategory = random.Pick(category.Subcategories);
                var brand = random.Pick(category.Brands);
                var color = random.Pick(Colors);
                var price = category.MedianPriceUsd * Math.Exp(0.75 * random.NextGaussian());
                var model = $"{(char)('A' + random.Next(26))}{random.Between(100, 999)}";
                var name = $"{brand} {subcategory.TrimEnd('s')} {model} {color}";
                drafts.Add((name, brand, color, category.Name, subcategory, price, random.Between(35, 75) / 100.0));
            }
        }

        // Popularity follows a long tail: a few best sellers, many slow movers.
        var popularity = drafts.Select(_ => Math.Pow(random.NextDouble(), 3) + 0.02).ToArray();
        var expectedUnitPrice = drafts.Select((d, i) => d.Price * popularity[i]).Sum() / popularity.Sum();
        var priceScale = targetOrderValueUsd / (MeanLineCount * MeanQuantity * expectedUnitPrice);

        var products = new List<Product>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var price = Math.Max(0.99m, Money.Round((decimal)(d.Price * priceScale)) - 0.01m);
            var cost = Money.Round(price * (decimal)d.Margin);
            products.Add(new Product(i + 1, d.Name, d.Brand, d.Color, d.Category, d.Subcategory, cost, price));
        }

        return (products, popularity);
    }

    private static double Mean(IReadOnlyList<double> weights) =>
        weights.Select((w, i) => w * (i + 1)).Sum() / weights.Sum();
}
