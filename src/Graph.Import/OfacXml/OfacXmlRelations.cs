using Graph.Domain.Model;
using Graph.Import.Ofac;

namespace Graph.Import.OfacXml;

/// <summary>
/// Adds the relationships of one OFAC XML publication as the graph's edges, typed from OFAC's label, which stays their
/// role. A party the file does not hold (CONS_ENHANCED.XML names SDN parties) becomes a placeholder, which the runner
/// writes only when the graph lacks that entity.
/// </summary>
internal sealed class OfacXmlRelations(string file, OfacXmlSource publication, DateOnly published, ParsedInput input)
{
    private readonly HashSet<int> _placeholders = [];

    /// <summary>Adds the relationship; <paramref name="held"/> says whether the file holds a party of that number.</summary>
    public void Add(OfacXmlRelationDraft relation, Func<int, bool> held)
    {
        var (type, reversed) = OfacXmlRelationTypes.Of(relation.Label);
        var related = OfacEntryMapper.IdOf(relation.RelatedNumber);
        var sources = publication.Citing(file, relation.Origin.Line, published);
        if (!held(relation.RelatedNumber)) Placeholder(relation.RelatedNumber, relation.RelatedName, type, sources);
        input.Add(new Relationship($"ofac-rel-{relation.Id}", type, reversed ? related : relation.EntityId, reversed ? relation.EntityId : related)
        {
            Role = relation.Label,
            Sources = sources,
        }, relation.Origin);
    }

    /// <summary>A placeholder for a party a relationship of this type names and the file does not hold, once per party.</summary>
    public void Placeholder(int number, string? name, string type, IReadOnlyList<Source> sources)
    {
        if (!_placeholders.Add(number)) return;
        var id = OfacEntryMapper.IdOf(number);
        input.Placeholders.Add(new Entity(id, type == "family" ? EntityKind.Person : EntityKind.Organization, name ?? id)
        {
            Note = $"Named by a relationship in {file}; not held by it.",
            Sources = sources,
        });
    }
}
