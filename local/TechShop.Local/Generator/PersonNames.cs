namespace TechShop.Local.Generator;

/// <summary>First and last names by language group, enough for plausible, varied customer names.</summary>
internal static class PersonNames
{
    private static readonly Dictionary<string, (string[] Male, string[] Female, string[] Last)> Groups = new()
    {
        ["English"] = (
            ["James", "John", "Robert", "Michael", "William", "David", "Daniel", "Thomas", "Matthew", "Andrew", "Ryan", "Jack", "Oliver", "Liam", "Noah", "Ethan"],
            ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Sarah", "Emily", "Emma", "Olivia", "Sophie", "Chloe", "Grace", "Hannah", "Jessica", "Amelia", "Charlotte"],
            ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Anderson", "Thomas", "Moore", "Martin", "Thompson", "White", "Clarke", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Nguyen", "Campbell"]),
        ["French"] = (
            ["Jean", "Pierre", "Louis", "Lucas", "Hugo", "Gabriel", "Arthur", "Jules", "Nicolas", "Antoine", "Mathis", "Theo"],
            ["Marie", "Camille", "Lea", "Manon", "Chloe", "Ines", "Sarah", "Juliette", "Louise", "Alice", "Claire", "Anais"],
            ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Fournier"]),
        ["German"] = (
            ["Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Maximilian", "Elias", "Stefan", "Thomas", "Michael", "Andreas"],
            ["Anna", "Lena", "Lea", "Hannah", "Sophie", "Marie", "Laura", "Julia", "Katharina", "Sabine", "Petra", "Claudia"],
            ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz"]),
        ["Italian"] = (
            ["Francesco", "Alessandro", "Lorenzo", "Matteo", "Andrea", "Marco", "Giuseppe", "Luca", "Giovanni", "Davide", "Riccardo", "Stefano"],
            ["Giulia", "Sofia", "Aurora", "Alice", "Martina", "Chiara", "Francesca", "Sara", "Valentina", "Elena", "Anna", "Federica"],
            ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano"]),
        ["Dutch"] = (
            ["Daan", "Sem", "Lucas", "Levi", "Bram", "Thijs", "Jesse", "Ruben", "Pieter", "Jan", "Sander", "Joost"],
            ["Emma", "Julia", "Sophie", "Tess", "Anna", "Fleur", "Sanne", "Lotte", "Eva", "Noor", "Femke", "Iris"],
            ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters"]),
    };

    public static (string Name, string Gender) Draw(SeededRandom random, string group)
    {
        var names = Groups[group];
        var female = random.Chance(0.5);
        var first = female ? random.Pick(names.Female) : random.Pick(names.Male);
        return ($"{first} {random.Pick(names.Last)}", female ? "Female" : "Male");
    }
}
