namespace Graph.Benchmarks.Generation;

/// <summary>
/// Word lists behind the synthetic names. They are small on purpose: a million names built from them
/// collide and share prefixes the way sanctions lists do, which is what makes search work hard.
/// </summary>
internal static class NameLists
{
    public static readonly string[] GivenNames =
    [
        "Sadio", "Assimi", "Ismaël", "Malick", "Modibo", "Moussa", "Mamadou", "Abdoulaye", "Oumar", "Souleymane",
        "Ibrahim", "Aïssata", "Fatoumata", "Mariam", "Aminata", "Kadiatou", "Seydou", "Boubacar", "Cheick", "Amadou",
        "Dmitry", "Yevgeny", "Sergeï", "Alexandr", "Andreï", "Vladimir", "Ivan", "Nikolaï", "Olga", "Yelena",
        "Tatiana", "Mikhaïl", "Pavel", "Anatoly", "Konstantin", "Viktor", "Mohamed", "Ahmed", "Youssef", "Hassan",
        "Omar", "Khaled", "Rami", "Jean", "François", "Hélène", "José", "María", "Joaquín", "Raúl",
        "Ángel", "Zoë", "Chloé", "Søren", "Björn", "Jürgen", "Łukasz", "Tomáš", "Dragoș", "Çağan",
    ];

    public static readonly string[] Surnames =
    [
        "Camara", "Goïta", "Wagué", "Diaw", "Koné", "Traoré", "Diarra", "Keïta", "Touré", "Coulibaly",
        "Sangaré", "Maïga", "Cissé", "Dembélé", "Sidibé", "Doumbia", "Sissoko", "Kanté", "Diallo", "Bâ",
        "Prigozhin", "Utkin", "Troshev", "Shoigu", "Gerasimov", "Ivanov", "Petrov", "Sokolov", "Kuznetsov", "Popov",
        "Lebedev", "Kozlov", "Novikov", "Morozov", "Volkov", "Solovyov", "Vasilyev", "Zaïtsev", "Pavlov", "Semyonov",
        "Al-Hassan", "Ben Ali", "El-Amin", "Haddad", "Khoury", "Mansour", "Nasser", "Saleh", "Dubois", "Lefèvre",
        "García", "Martínez", "Núñez", "Müller", "Schröder", "Nowak", "Wójcik", "Dvořák", "Öztürk", "Şahin",
    ];

    /// <summary>Syllables that make surnames, companies and places; some carry diacritics.</summary>
    public static readonly string[] Syllables =
    [
        "ka", "ma", "ra", "to", "ko", "ne", "di", "ba", "sa", "lo", "vo", "tro", "sha", "mi", "dou", "kou",
        "tan", "ber", "gor", "vin", "sko", "lev", "rin", "zar", "nov", "bek", "al", "dar", "fa", "ya",
        "gé", "lé", "ré", "ï", "sö", "zá", "ny", "ou", "ia", "kh",
    ];

    public static readonly string[] Sectors =
    [
        "Mining", "Gold", "Logistics", "Trading", "Security", "Aviation", "Shipping", "Petroleum", "Construction",
        "Energy", "Consulting", "Investments", "Holding", "Metals", "Agro", "Telecom", "Defence", "Resources",
    ];

    public static readonly string[] CompanySuffixes =
    [
        "SARL", "SA", "LLC", "Ltd", "OOO", "AO", "GmbH", "FZE", "Group", "Company", "International", "JSC",
    ];

    public static readonly string[] OrganizationForms =
    [
        "Front for the Liberation of {0}", "{0} Patriotic Movement", "{0} Brigade", "{0} Foundation",
        "Union of {0} Volunteers", "{0} Self-Defence Group", "Coordination of {0} Movements", "{0} Cultural Society",
    ];

    public static readonly string[] PublicBodyForms =
    [
        "Ministry of {1} of {0}", "{0} Armed Forces", "{0} National Guard", "Transitional Council of {0}",
        "{0} State Security Service", "Central Bank of {0}", "{0} Customs Directorate",
    ];

    public static readonly string[] Portfolios =
    [
        "Defence", "Finance", "Interior", "Mines", "Foreign Affairs", "Energy", "Justice", "Territorial Administration",
    ];

    public static readonly string[] PositionForms =
    [
        "Minister of {1} of {0}", "Commander of the {0} Military Region", "Governor of {0}", "Director of {0} Intelligence",
    ];

    public static readonly string[] EventForms = ["{0} coup of {1}", "{0} massacre ({1})", "Siege of {0} ({1})", "{0} elections of {1}"];

    public static readonly string[] Programs =
    [
        "RUSSIA-EO14024", "MALI-EO13882", "UKRAINE-EO13660", "SDGT", "CAATSA-RUSSIA", "CAR-EO13667", "EU-MALI-2017/1770", "UK-RUSSIA",
    ];

    public static readonly string[] FamilyRoles = ["brother", "sister", "son", "daughter", "spouse", "cousin", "brother-in-law", "father"];

    public static readonly string[] OfficerRoles = ["Director", "Chairman", "Founder", "Managing Partner", "Shareholder", "Chief Executive"];

    /// <summary>The authorities that impose every synthetic sanction; they are the first entities written.</summary>
    public static readonly string[] Authorities =
    [
        "Office of Foreign Assets Control", "Council of the European Union", "Office of Financial Sanctions Implementation", "United Nations Security Council",
    ];

    public static readonly string[] CountryCodes = ["ml", "ru", "bf", "cf", "sd", "ly", "sy", "ae", "fr", "tr", "cy", "ch", "gn", "ne"];
}
