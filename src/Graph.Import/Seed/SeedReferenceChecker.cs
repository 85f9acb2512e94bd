namespace Graph.Import.Seed;

/// <summary>Checks what no single record can: unique ids and references that resolve.</summary>
internal static class SeedReferenceChecker
{
    /// <summary>Reports duplicate ids, and references to documents or entities that are neither in the set nor among <paramref name="existingEntityIds"/>.</summary>
    public static IEnumerable<ImportError> Check(SeedSet set, IReadOnlySet<string> existingEntityIds)
    {
        var documents = new HashSet<string>(StringComparer.Ordinal);
        var entities = new HashSet<string>(existingEntityIds, StringComparer.Ordinal);
        var errors = new List<ImportError>();
        Unique(set.Documents, d => d.Id, d => d.Origin, documents, "document", errors);
        Unique(set.Entities, e => e.Id, e => e.Origin, new HashSet<string>(StringComparer.Ordinal), "entity", errors);
        Unique(set.Sanctions, s => s.Id, s => s.Origin, new HashSet<string>(StringComparer.Ordinal), "sanction", errors);
        Unique(set.Relationships, r => r.Id, r => r.Origin, new HashSet<string>(StringComparer.Ordinal), "relationship", errors);
        entities.UnionWith(set.Entities.Select(e => e.Id).OfType<string>());

        foreach (var entity in set.Entities) Documents(entity.Sources, entity.Origin, documents, errors);
        foreach (var sanction in set.Sanctions)
        {
            Entity(sanction.Authority, "authority", sanction.Origin, entities, errors);
            Entity(sanction.Target, "target", sanction.Origin, entities, errors);
            Documents(sanction.Sources, sanction.Origin, documents, errors);
        }
        foreach (var relationship in set.Relationships)
        {
            Entity(relationship.From, "from", relationship.Origin, entities, errors);
            Entity(relationship.To, "to", relationship.Origin, entities, errors);
            Documents(relationship.Sources, relationship.Origin, documents, errors);
        }
        return errors;
    }

    private static void Unique<T>(IEnumerable<T> records, Func<T, string?> id, Func<T, SeedOrigin> origin, HashSet<string> seen, string what, List<ImportError> errors)
    {
        var first = new Dictionary<string, SeedOrigin>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (id(record) is not { } key) continue;
            if (seen.Add(key))
            {
                first[key] = origin(record);
                continue;
            }
            var earlier = first[key];
            errors.Add(new ImportError(origin(record).File, origin(record).LineOf("id"), "id",
                $"the {what} id '{key}' is already declared at {earlier.File}:{earlier.LineOf("id")}."));
        }
    }

    private static void Entity(string? id, string field, SeedOrigin origin, HashSet<string> entities, List<ImportError> errors)
    {
        if (id is null || entities.Contains(id)) return;
        errors.Add(new ImportError(origin.File, origin.LineOf(field), field, $"no entity has the id '{id}'."));
    }

    private static void Documents(IReadOnlyList<SeedSourceRef> sources, SeedOrigin origin, HashSet<string> documents, List<ImportError> errors)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Document is not { } id || documents.Contains(id)) continue;
            var field = $"sources[{i}].document";
            errors.Add(new ImportError(origin.File, origin.LineOf(field), field, $"no document has the id '{id}'; declare it under 'documents'."));
        }
    }
}
