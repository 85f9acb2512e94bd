using System.Globalization;
using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// How the graph's records map onto Neo4j's nodes and relationships, in one place: the store writes these and
/// reads them back, and the Cypher and neo4j-admin exports write the same shapes.
/// </summary>
/// <remarks>
/// An entity is a node labelled <c>:Entity</c> and its kind (<c>:Person</c>, <c>:PublicBody</c>…); a sanction is a
/// <c>:Sanction</c> node with <c>TARGETS</c> and <c>ISSUED_BY</c> relationships to its target and authority; a
/// relationship is a Neo4j relationship whose type is the upper-cased type (<c>same_as</c> → <c>SAME_AS</c>).
/// Scalars, lists of strings and partial dates (as ISO text) are real properties; sources and FollowTheMoney
/// properties are JSON text. A few derived properties serve the store's look-ups: <c>aliasText</c> (the
/// aliases, one per line, for the full-text index), <c>keys</c> (id, name and aliases in lower case, for exact
/// name look-ups), <c>matchKeyText</c> (the match-candidate keys, see <see cref="MatchKeyText"/>) and the first and
/// last days partial dates stand for. The store adds <c>seq</c>, the insertion
/// order, to every node and relationship it writes.
/// <para>
/// Lists cannot be indexed for membership, so the store also keeps, derived from <c>keys</c>, one
/// <c>:EntityKey {key}</c> node per distinct key (unique, hence indexed) with a <c>KEY_OF</c> relationship to each
/// entity that carries it. They are the store's own index, not part of the graph: no export writes them, counts
/// and traversals never see them, and the store builds whatever is missing or stale from <c>keys</c> when it starts,
/// so that a graph loaded from an export is ready once the store has started on it.
/// </para>
/// </remarks>
public static class GraphModel
{
    /// <summary>The label every entity node carries.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>The label of sanction nodes.</summary>
    public const string SanctionLabel = "Sanction";

    /// <summary>The relationship from a sanction to the entity it targets.</summary>
    public const string TargetsType = "TARGETS";

    /// <summary>The relationship from a sanction to the entity that imposed it.</summary>
    public const string IssuedByType = "ISSUED_BY";

    /// <summary>The label of the store's exact-name index nodes, one per distinct key (see the remarks); never exported.</summary>
    public const string EntityKeyLabel = "EntityKey";

    /// <summary>The relationship from an <see cref="EntityKeyLabel"/> node to each entity that carries its key; never exported.</summary>
    public const string KeyOfType = "KEY_OF";

    /// <summary>The property that orders nodes and relationships by insertion; written by the store.</summary>
    public const string SequenceProperty = "seq";

    /// <summary>The kind labels, one per <see cref="EntityKind"/>, in declaration order.</summary>
    public static IReadOnlyList<string> KindLabels { get; } = [.. Enum.GetValues<EntityKind>().Select(KindLabel)];

    /// <summary>The Neo4j relationship types of <see cref="Domain.Model.RelationshipTypes.All"/>, in its order.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = [.. Domain.Model.RelationshipTypes.All.Keys.Select(RelationshipType)];

    /// <summary>The label of a kind: its name, e.g. <c>PublicBody</c>.</summary>
    public static string KindLabel(EntityKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of entity.");

    /// <summary>The Neo4j type of a relationship type: upper case, e.g. <c>same_as</c> → <c>SAME_AS</c>.</summary>
    /// <exception cref="ArgumentException">The type is not one of <see cref="Domain.Model.RelationshipTypes.All"/>.</exception>
    public static string RelationshipType(string type) =>
        Domain.Model.RelationshipTypes.IsKnown(type)
            ? type.ToUpperInvariant()
            : throw new ArgumentException(
                $"'{type}' is not a relationship type; use one of {string.Join(", ", Domain.Model.RelationshipTypes.All.Keys)}.", nameof(type));

    /// <summary>The node of an entity.</summary>
    public static NodeRecord Node(Entity entity)
    {
        var properties = new Dictionary<string, object?>
        {
            ["id"] = entity.Id,
            ["kind"] = KindLabel(entity.Kind),
            ["name"] = entity.Name,
            ["aliases"] = entity.Aliases.ToArray(),
            ["aliasText"] = string.Join('\n', entity.Aliases),
            ["keys"] = Keys(entity),
            ["matchKeyText"] = MatchKeyText.Of(entity),
            ["properties"] = GraphJson.Write(entity.Properties),
            ["sources"] = GraphJson.Write(entity.Sources),
        };
        AddIfPresent(properties, "note", entity.Note);
        return new NodeRecord(entity.Id, [EntityLabel, KindLabel(entity.Kind)], properties);
    }

    /// <summary>The node of a sanction.</summary>
    public static NodeRecord Node(Sanction sanction)
    {
        var properties = new Dictionary<string, object?>
        {
            ["id"] = sanction.Id,
            ["authorityId"] = sanction.AuthorityId,
            ["targetId"] = sanction.TargetId,
            ["programs"] = sanction.Programs.ToArray(),
            ["programKeys"] = sanction.Programs.Select(p => p.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray(),
            ["provisions"] = sanction.Provisions.ToArray(),
            ["sources"] = GraphJson.Write(sanction.Sources),
        };
        AddDate(properties, "listedOn", sanction.ListedOn, withSpan: true);
        AddDate(properties, "endedOn", sanction.EndedOn, withSpan: true);
        AddIfPresent(properties, "reason", sanction.Reason);
        AddIfPresent(properties, "dataset", sanction.Dataset);
        AddDate(properties, "firstSeen", sanction.FirstSeen, withSpan: false);
        AddDate(properties, "lastSeen", sanction.LastSeen, withSpan: false);
        AddIfPresent(properties, "note", sanction.Note);
        return new NodeRecord(sanction.Id, [SanctionLabel], properties);
    }

    /// <summary>The relationships that tie a sanction to its target and authority.</summary>
    public static IReadOnlyList<EdgeRecord> Edges(Sanction sanction) =>
    [
        new(TargetsType, sanction.Id, sanction.TargetId, new Dictionary<string, object?>()),
        new(IssuedByType, sanction.Id, sanction.AuthorityId, new Dictionary<string, object?>()),
    ];

    /// <summary>The typed Neo4j relationship of a relationship.</summary>
    public static EdgeRecord Edge(Relationship relationship)
    {
        var properties = new Dictionary<string, object?>
        {
            ["id"] = relationship.Id,
            ["type"] = relationship.Type,
            ["sources"] = GraphJson.Write(relationship.Sources),
        };
        AddIfPresent(properties, "role", relationship.Role);
        AddIfPresent(properties, "startDate", relationship.StartDate?.ToString());
        AddIfPresent(properties, "endDate", relationship.EndDate?.ToString());
        AddIfPresent(properties, "note", relationship.Note);
        return new EdgeRecord(RelationshipType(relationship.Type), relationship.FromId, relationship.ToId, properties);
    }

    /// <summary>The day as the store compares days: ISO text, which sorts as the days do.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How a name is looked up exactly: in lower case, whatever the culture.</summary>
    public static string Key(string name) => name.ToLowerInvariant();

    private static string[] Keys(Entity entity) =>
        [.. new[] { entity.Id, entity.Name }.Concat(entity.Aliases).Select(Key).Distinct(StringComparer.Ordinal)];

    private static void AddIfPresent(Dictionary<string, object?> properties, string key, string? value)
    {
        if (value is not null) properties[key] = value;
    }

    /// <summary>
    /// A partial date as its ISO text, plus the first day it stands for (<c>firstSeenDay</c>, <c>listedMin</c>) and,
    /// for spans that filters compare both ends of, the last (<c>listedMax</c>).
    /// </summary>
    private static void AddDate(Dictionary<string, object?> properties, string key, PartialDate? date, bool withSpan)
    {
        if (date is not { } value) return;
        properties[key] = value.ToString();
        if (!withSpan)
        {
            properties[key + "Day"] = Day(value.Earliest);
            return;
        }
        var stem = key[..^2];
        properties[stem + "Min"] = Day(value.Earliest);
        properties[stem + "Max"] = Day(value.Latest);
    }
}
