using System.Text;
using System.Text.Json;
using Graph.Benchmarks.Generation;

namespace Graph.Benchmarks.Load;

/// <summary>
/// The requests of the load test, as the service's users send them: lookups of a random entity (60 %), searches for
/// a random name (25 %) and 2-hop neighbourhoods (15 %), each a parametrised document with its variables, so that
/// nearly every request misses the response cache and is executed.
/// </summary>
internal sealed class LoadMix(int entities)
{
    public const int NeighbourhoodLimit = 100;

    private const string Lookup = "query($id: ID!) { entity(id: $id) { id name kind sanctions { listedOn authority { name } } } }";
    private const string Search = "query($q: String!) { search(query: $q, first: 10) { score entity { id name } } }";
    private const string Neighbourhood = "query($id: ID!) { neighbourhood(id: $id, hops: 2, limit: 100) { truncated entities { id name } relationships { type } } }";

    public static readonly string[] Operations = ["lookup", "search", "neighbourhood"];

    /// <summary>The index of the operation in <see cref="Operations"/> and the JSON body to post.</summary>
    public (int Operation, byte[] Body) Next()
    {
        var random = Random.Shared;
        var roll = random.Next(100);
        var id = $"syn-{random.Next(entities):D7}";
        return roll switch
        {
            < 60 => (0, Body(Lookup, new { id })),
            < 85 => (1, Body(Search, new { q = Name(random) })),
            _ => (2, Body(Neighbourhood, new { id })),
        };
    }

    private static string Name(Random random) => random.Next(3) switch
    {
        0 => NameLists.Surnames[random.Next(NameLists.Surnames.Length)],
        1 => $"{NameLists.GivenNames[random.Next(NameLists.GivenNames.Length)]} {NameLists.Surnames[random.Next(NameLists.Surnames.Length)]}",
        _ => Prefix(NameLists.Surnames[random.Next(NameLists.Surnames.Length)]),
    };

    /// <summary>What a type-ahead box sends after three letters.</summary>
    private static string Prefix(string name) => name[..Math.Min(3, name.Length)];

    private static byte[] Body(string query, object variables) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables }));
}
