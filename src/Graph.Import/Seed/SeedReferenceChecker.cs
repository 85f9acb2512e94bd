using Graph.Import.Reading;
namespace Graph.Import.Seed;

/// <summary>
/// Checks what no single record can, within the seed itself: unique ids, and citations of documents declared. Whether
/// references to entities resolve, in the input or in the graph, the import runner checks for every format.
/// </summary>
internal static class SeedReferenceChecker
{
    /// <summary>Rejects duplicate ids and citations of documents that are not declared.</summary>
    public static void Check(SeedSet set)
    {
        var documents = new HashSet<string>(StringComparer.Ordinal);
        Unique(set, set.Documents, d => d.Id, d => d.Origin, documents, "document");
        Unique(set, set.Entities, e => e.Id, e => e.Origin, new HashSet<string>(StringComparer.Ordinal), "entity");
        Unique(set, set.Sanctions, s => s.Id, s => s.Origin, new HashSet<string>(StringComparer.Ordinal), "sanction");
        Unique(set, set.Relationships, r => r.Id, r => r.Origin, new HashSet<string>(StringComparer.Ordinal), "relationship");
        foreach (var entity in set.Entities) Documents(set, entity.Sources, entity.Origin, documents);
        foreach (var sanction in set.Sanctions) Documents(set, sanction.Sources, sanction.Origin, documents);
        foreach (var relationship in set.Relationships) Documents(set, relationship.Sources, relationship.Origin, documents);
    }

    private static void Unique<T>(SeedSet set, IEnumerable<T> records, Func<T, string?> id, Func<T, RecordOrigin> origin, HashSet<string> seen, string what)
    {
        var first = new Dictionary<string, RecordOrigin>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (id(record) is not { } key) continue;
            if (seen.Add(key))
            {
                first[key] = origin(record);
                continue;
            }
            var earlier = first[key];
            set.Reject(origin(record), "id", $"the {what} id '{key}' is already declared at {earlier.File}:{earlier.LineOf("id")}.");
        }
    }

    private static void Documents(SeedSet set, IReadOnlyList<SeedSourceRef> sources, RecordOrigin origin, HashSet<string> documents)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Document is not { } id || documents.Contains(id)) continue;
            var field = $"sources[{i}].document";
            set.Reject(origin, field, $"no document has the id '{id}'; declare it under 'documents'.");
        }
    }
}
