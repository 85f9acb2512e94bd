using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Domain.Model;

namespace Graph.Storage.Sqlite;

/// <summary>Reads the JSON bodies that hold what the columns do not (aliases, properties, sources and notes); <see cref="RecordBodyWriter"/> writes them.</summary>
internal static class RecordBodies
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new PartialDateJsonConverter() },
    };

    public static Entity ReadEntity(string id, string kind, string name, string json)
    {
        var body = JsonSerializer.Deserialize<EntityBody>(json, Options)!;
        return new Entity(id, Enum.Parse<EntityKind>(kind), name)
        {
            Aliases = body.Aliases ?? [],
            Properties = body.Properties ?? new Dictionary<string, IReadOnlyList<string>>(),
            Sources = body.Sources ?? [],
            Note = body.Note,
        };
    }

    public static Sanction ReadSanction(string id, string authorityId, string targetId, string json)
    {
        var body = JsonSerializer.Deserialize<SanctionBody>(json, Options)!;
        return new Sanction(id, authorityId, targetId)
        {
            Programs = body.Programs ?? [],
            Provisions = body.Provisions ?? [],
            ListedOn = body.ListedOn,
            EndedOn = body.EndedOn,
            Reason = body.Reason,
            Note = body.Note,
            Sources = body.Sources ?? [],
            Dataset = body.Dataset,
            FirstSeen = body.FirstSeen,
            LastSeen = body.LastSeen,
        };
    }

    public static Relationship ReadRelationship(string id, string type, string fromId, string toId, string json)
    {
        var body = JsonSerializer.Deserialize<RelationshipBody>(json, Options)!;
        return new Relationship(id, type, fromId, toId)
        {
            Role = body.Role,
            StartDate = body.StartDate,
            EndDate = body.EndDate,
            Note = body.Note,
            Sources = body.Sources ?? [],
        };
    }

    private sealed record EntityBody(
        IReadOnlyList<string>? Aliases,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? Properties,
        IReadOnlyList<Source>? Sources,
        string? Note);

    private sealed record SanctionBody(
        IReadOnlyList<string>? Programs,
        IReadOnlyList<string>? Provisions,
        PartialDate? ListedOn,
        PartialDate? EndedOn,
        string? Reason,
        string? Note,
        IReadOnlyList<Source>? Sources,
        string? Dataset,
        PartialDate? FirstSeen,
        PartialDate? LastSeen);

    private sealed record RelationshipBody(
        string? Role,
        PartialDate? StartDate,
        PartialDate? EndDate,
        string? Note,
        IReadOnlyList<Source>? Sources);
}
