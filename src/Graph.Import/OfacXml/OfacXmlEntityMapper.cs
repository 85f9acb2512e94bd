using System.Globalization;
using System.Xml.Linq;
using Graph.Domain.Model;
using Graph.Import.Ofac;
using Graph.Import.Reading;
using static Graph.Import.OfacXml.OfacXmlElements;

namespace Graph.Import.OfacXml;

/// <summary>A relationship as one entity states it, resolved once every entity of the file has been read.</summary>
internal sealed record OfacXmlRelationDraft(int Id, string EntityId, int RelatedNumber, string? RelatedName, string Label, RecordOrigin Origin);

/// <summary>
/// Turns one entities/entity element into its entity (id <c>ofac-&lt;entity id&gt;</c>, as the CSV reader gives it),
/// one sanction per list of this file's publication, and the relationships it states. Any problem rejects the
/// whole entity, each problem by its element's line.
/// </summary>
internal sealed class OfacXmlEntityMapper(string file, OfacXmlReferences references, OfacXmlSource publication, DateOnly published)
{
    private const string Title = "Title";

    /// <summary>Adds the entity's records to <paramref name="input"/> and its relationships to <paramref name="relations"/>, or its problems to the rejected.</summary>
    public void Map(XElement entity, int number, ParsedInput input, List<OfacXmlRelationDraft> relations)
    {
        var problems = new OfacXmlEntryProblems(file, references);
        var id = OfacEntryMapper.IdOf(number);
        var line = LineOf(entity);
        var kind = Kind(entity, problems);
        var names = OfacXmlNames.Read(entity, problems);
        var remarks = new OfacRemarks();
        if (kind is { } known) General(entity, known, remarks.Properties);
        OfacXmlFeatures.Read(entity, references, problems, remarks);
        var programs = Values(entity, "sanctionsPrograms", "sanctionsProgram", problems);
        var provisions = Values(entity, "sanctionsTypes", "sanctionsType", problems);
        var lists = Lists(entity, problems);
        var entityRelations = Relations(entity, id, number, problems);
        if (problems.All.Count > 0 || kind is null || names is null)
        {
            input.Rejected.AddRange(problems.All);
            return;
        }

        var properties = remarks.Properties;
        names.AddTo(properties);
        input.Entities.Add(new Entity(id, kind.Value, names.Name)
        {
            Aliases = names.Aliases,
            Properties = properties.ToDictionary(),
            Sources = publication.Citing(file, line, published),
        });
        foreach (var (listName, refId, listedOn, listLine) in lists)
        {
            if (listName == OfacXmlSource.ConsolidatedListName) continue;
            if (OfacXmlSource.OfList(listName) != publication)
            {
                // The other file publishes this list: SDN_ENHANCED.XML the SDN list, CONS_ENHANCED.XML the others.
                input.Ignore($"sanctionsList ({listName})");
                continue;
            }
            var sanctionId = listName == OfacXmlSource.SdnListName ? id : $"{id}-{refId}";
            input.Add(new Sanction(sanctionId, OfacSource.AuthorityId, id)
            {
                Programs = programs,
                Provisions = provisions,
                ListedOn = PartialDate.FromDate(listedOn),
                Dataset = publication.Dataset,
                Sources = publication.Citing(file, listLine, published, listName),
            }, new RecordOrigin(file, listLine));
        }
        relations.AddRange(entityRelations);
    }

    private static EntityKind? Kind(XElement entity, OfacXmlEntryProblems problems)
    {
        if (Child(entity, "generalInfo") is not { } general || Child(general, "entityType") is not { } type)
        {
            problems.Add(Child(entity, "generalInfo") ?? entity, "generalInfo/entityType", "is missing.");
            return null;
        }
        var value = problems.Coded(type, "generalInfo/entityType");
        var kind = OfacXmlKinds.Of(value);
        if (kind is null && value is not null) problems.Add(type, "generalInfo/entityType", $"'{value}' is not an OFAC entity type ({OfacXmlKinds.Names}).");
        return kind;
    }

    /// <summary>The remarks and title of generalInfo; OFAC gives a title to individuals, and FtM has a position only for people.</summary>
    private static void General(XElement entity, EntityKind kind, OfacProperties properties)
    {
        var general = Child(entity, "generalInfo")!;
        properties.Add("notes", Text(general, "remarks"));
        if (Text(general, "title") is not { } title) return;
        if (kind == EntityKind.Person) properties.Add("position", title);
        else properties.Add("notes", $"{Title}: {title}");
    }

    private static List<string> Values(XElement entity, string list, string item, OfacXmlEntryProblems problems) =>
        [.. Items(entity, list, item).Select(e => problems.Coded(e, $"{list}/{item}")).OfType<string>().Distinct()];

    private static List<(string Name, int RefId, DateOnly ListedOn, int Line)> Lists(XElement entity, OfacXmlEntryProblems problems)
    {
        var lists = new List<(string, int, DateOnly, int)>();
        foreach (var list in Items(entity, "sanctionsLists", "sanctionsList"))
        {
            var name = problems.Coded(list, "sanctionsLists/sanctionsList");
            var published = list.Attribute("datePublished")?.Value;
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var listedOn))
            {
                problems.Add(list, "sanctionsLists/sanctionsList/@datePublished", published is null ? "is missing." : $"'{published}' is not a date (YYYY-MM-DD).");
                continue;
            }
            if (name is not null) lists.Add((name, OfacXmlReferences.Int(list.Attribute("refId")?.Value)!.Value, listedOn, LineOf(list)));
        }
        if (lists.Count == 0 && problems.All.Count == 0) problems.Add(Child(entity, "sanctionsLists") ?? entity, "sanctionsLists/sanctionsList", "the entity is on no list.");
        return lists;
    }

    private List<OfacXmlRelationDraft> Relations(XElement entity, string id, int number, OfacXmlEntryProblems problems)
    {
        var relations = new List<OfacXmlRelationDraft>();
        foreach (var relationship in Items(entity, "relationships", "relationship"))
        {
            var relationId = OfacXmlReferences.Int(relationship.Attribute("id")?.Value);
            if (relationId is null) problems.Add(relationship, "relationships/relationship/@id", "must be the relationship's number.");
            var label = Child(relationship, "type") is { } type ? problems.Coded(type, "relationships/relationship/type") : null;
            if (Child(relationship, "type") is null) problems.Add(relationship, "relationships/relationship/type", "is missing.");
            var related = Child(relationship, "relatedEntity");
            var relatedNumber = OfacXmlReferences.Int(related?.Attribute("entityId")?.Value);
            if (relatedNumber is null) problems.Add(related ?? relationship, "relationships/relationship/relatedEntity/@entityId", "must be the number of an entity.");
            else if (relatedNumber == number) problems.Add(related!, "relationships/relationship/relatedEntity/@entityId", "relates the entity to itself.");
            if (relationId is null || label is null || relatedNumber is null) continue;
            var name = related!.Value.Trim();
            relations.Add(new OfacXmlRelationDraft(relationId.Value, id, relatedNumber.Value, name.Length > 0 ? name : null, label,
                new RecordOrigin(file, LineOf(relationship))));
        }
        return relations;
    }
}
