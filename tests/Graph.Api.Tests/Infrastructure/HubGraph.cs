using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// A synthetic graph shaped like the OFAC publication the attacks of issue 8 were measured on: one hub with
/// <see cref="HubDegree"/> relationships (OFAC's ofac-15117 has 131), each of them pointing at the hub so that
/// <c>relationships { to { relationships … } }</c> comes back to it at every level; each neighbour with a few
/// relationships of its own; and a few thousand other named entities, with long quotes, for the search and cache attacks.
/// </summary>
public static class HubGraph
{
    public const string HubId = "hub";
    public const string HubName = "Hub Holding Group";
    public const int HubDegree = 131;
    public const int LeavesPerNeighbour = 3;
    public const int OtherEntities = 3_000;

    private static readonly string[] GivenNames =
    [
        "Ahmed", "Amadou", "Boubacar", "Dmitri", "Elena", "Fatoumata", "Ibrahim", "Igor", "Karim", "Leila",
        "Mariam", "Moussa", "Nadia", "Oleg", "Omar", "Pavel", "Rokia", "Sergei", "Seydou", "Tatiana",
        "Yusuf", "Zainab", "Aliou", "Bakary", "Cheick", "Djeneba", "Issa", "Kadiatou", "Mamadou", "Salif",
    ];

    private static readonly string[] FamilyNames =
    [
        "Traore", "Keita", "Coulibaly", "Diarra", "Konate", "Sissoko", "Toure", "Camara", "Maiga", "Cisse",
        "Ivanov", "Petrov", "Smirnov", "Volkov", "Sokolov", "Popov", "Lebedev", "Kozlov", "Novikov", "Morozov",
        "Haidara", "Sangare", "Kone", "Dembele", "Sidibe", "Doumbia", "Sylla", "Ballo", "Samake", "Guindo",
    ];

    private static readonly Source Source = new(
        "Synthetic hub graph for the hostile-input tests", null, "Graph.Api.Tests", null,
        "A quote long enough to make every entity weigh what a real one does in an answer: sanctions lists cite the "
        + "designation notice, the programme, the date and the reasons, and the graph keeps every word of them verbatim.");

    public static string NeighbourId(int index) => $"hub-n{index:000}";

    public static string OtherId(int index) => $"other-{index:0000}";

    /// <summary>The name of the other entity with this index: a given and a family name, one pair in 900.</summary>
    public static string OtherName(int index) =>
        $"{GivenNames[index % GivenNames.Length]} {FamilyNames[index / GivenNames.Length % FamilyNames.Length]} {Ordinal(index)}";

    /// <summary>Writes the graph into the store of a started service.</summary>
    public static Task WriteAsync(IServiceProvider services) => services.GetRequiredService<IGraphStore>().WriteAsync(Build());

    /// <summary>The records of the graph, to write in one batch.</summary>
    public static GraphBatch Build()
    {
        var entities = new List<Entity> { Named(HubId, EntityKind.Organization, HubName) };
        var relationships = new List<Relationship>();
        for (var n = 1; n <= HubDegree; n++)
        {
            var neighbour = NeighbourId(n);
            entities.Add(Named(neighbour, n % 2 == 0 ? EntityKind.Company : EntityKind.Person, $"Hub Member {Ordinal(n)}"));
            relationships.Add(new Relationship($"{neighbour}-membership", "membership", neighbour, HubId) { Sources = [Source] });
            for (var l = 1; l <= LeavesPerNeighbour; l++)
            {
                var leaf = $"{neighbour}-l{l}";
                entities.Add(Named(leaf, EntityKind.Person, $"Associate {l} of Hub Member {Ordinal(n)}"));
                relationships.Add(new Relationship($"{leaf}-associate", "associate", neighbour, leaf) { Sources = [Source] });
            }
        }
        for (var i = 0; i < OtherEntities; i++) entities.Add(Named(OtherId(i), EntityKind.Person, OtherName(i)));
        return new GraphBatch(entities, [], relationships);
    }

    private static Entity Named(string id, EntityKind kind, string name) => new(id, kind, name)
    {
        Aliases = [string.Join(' ', name.Split(' ').Reverse()).ToUpperInvariant()],
        Sources = [Source],
    };

    /// <summary>A number written as letters, so that names stay words a search can find.</summary>
    private static string Ordinal(int number)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var word = "";
        for (var n = number + 1; n > 0; n = (n - 1) / letters.Length) word = letters[(n - 1) % letters.Length] + word;
        return "Q" + word;
    }
}
