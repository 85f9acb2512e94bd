namespace Graph.Benchmarks.Matching;

/// <summary>
/// Everyday names of people and firms from many countries, written for the labelled set: the payees a compliance
/// script screens all day. Those that some SDN entry does carry are dropped by the builder.
/// </summary>
internal static class CommonNames
{
    public static readonly IReadOnlyList<string> People =
    [
        "John Smith", "Mary Johnson", "James Williams", "Patricia Brown", "Robert Jones", "Jennifer Miller", "Michael Davis",
        "Linda Wilson", "David Anderson", "Susan Taylor", "Thomas Moore", "Karen Jackson", "Maria Garcia", "Jose Rodriguez",
        "Carmen Martinez", "Juan Hernandez", "Ana Lopez", "Luis Gonzalez", "Sofia Perez", "Pedro Sanchez", "Lucia Ramirez",
        "Hans Müller", "Anna Schmidt", "Peter Schneider", "Ursula Fischer", "Klaus Weber", "Monika Wagner", "Jean Dupont",
        "Marie Martin", "Pierre Bernard", "Isabelle Dubois", "Giulia Rossi", "Marco Russo", "Francesca Bianchi", "Luca Romano",
        "Jan Kowalski", "Agnieszka Nowak", "Piotr Wiśniewski", "Olga Smirnova", "Sergei Kuznetsov", "Natalia Popova",
        "Dmitri Sokolov", "Oksana Kovalenko", "Taras Bondarenko", "Wei Zhang", "Li Wang", "Xiu Ying Liu", "Hiroshi Tanaka",
        "Yuki Suzuki", "Min-jun Kim", "Seo-yeon Park", "Raj Patel", "Priya Sharma", "Amit Singh", "Sunita Gupta",
        "Fatima Zahra Benali", "Youssef El Amrani", "Aisha Okafor", "Chinedu Eze", "Kwame Mensah", "Amina Diallo",
        "Mehmet Yılmaz", "Ayşe Kaya", "Nikos Papadopoulos", "Eleni Georgiou", "Lars Johansson", "Ingrid Nilsson",
        "Mikko Virtanen", "Sanne de Vries", "Pieter Jansen", "Nguyen Van An", "Siti Rahayu", "Joao Silva", "Ana Souza",
    ];

    public static readonly IReadOnlyList<string> Organizations =
    [
        "Sunrise Bakery Ltd", "Northern Lights Consulting LLC", "Blue River Logistics GmbH", "Green Valley Farms Inc",
        "Harbor View Dental Clinic", "Maple Leaf Software Solutions", "Golden Gate Plumbing Co", "Silver Birch Architects",
        "Red Rock Construction SA", "Lakeside Veterinary Practice", "Riverside Community Library", "Oakwood Furniture Makers",
        "Bright Future Kindergarten", "Alpine Ski School AG", "Coastal Fisheries Cooperative", "Urban Garden Supplies BV",
        "Evergreen Tea Importers", "Starlight Cinema Holdings", "Pioneer Bicycle Repairs", "Crystal Clear Window Cleaning",
    ];
}
