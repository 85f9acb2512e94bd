using System.Xml;
using System.Xml.Linq;
using Graph.Domain.Model;
using Graph.Import.Ofac;
using Graph.Import.OfacXml;
using Graph.Import.Reading;
using static Graph.Import.OfacAdvancedXml.OfacAdvancedElements;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>
/// One pass over an SDN Advanced XML publication (SDN_ADVANCED.XML, CONS_ADVANCED.XML). Its sections come in the
/// schema's order: DateOfIssue, ReferenceValueSets, Locations, IDRegDocuments, DistinctParties, ProfileRelationships,
/// SanctionsEntries. One small element is loaded at a time, never the document: the reference values, locations and
/// documents are kept for the parties that name them, each party is mapped as it comes and only its profile ID and
/// line are kept, so that the relationships and sanctions entries that follow are joined to them late.
/// </summary>
internal sealed class OfacAdvancedDocument(string file, ParsedInput input, DateOnly defaultPublished) : IOfacXmlDocument
{
    /// <summary>The root element of an Advanced XML publication.</summary>
    public const string Root = "Sanctions";

    /// <summary>
    /// The namespaces of the root: the UN's sanctions data model, which OFAC's files at treasury.gov used, and the one
    /// OFAC's Sanctions List Service gives the same schema.
    /// </summary>
    public static readonly IReadOnlyList<string> Namespaces =
        ["http://www.un.org/sanctions/1.0", "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML"];

    private readonly OfacAdvancedReferences _references = new();
    private readonly OfacAdvancedPlaces _places = new();
    private readonly Dictionary<int, int> _partyLines = [];
    private readonly HashSet<int> _listed = [];
    private readonly HashSet<int> _rejectedParties = [];
    private readonly List<(int From, OfacXmlRelationDraft Draft)> _relations = [];
    private readonly OfacXmlSource _publication = file.StartsWith("CONS", StringComparison.OrdinalIgnoreCase) ? OfacXmlSource.Consolidated : OfacXmlSource.Sdn;
    private DateOnly _published = defaultPublished;
    private OfacAdvancedPartyMapper? _parties;
    private OfacAdvancedEntryMapper? _entries;
    private int _rootLine;

    public bool Broken { get; set; }

    public void Read(XmlReader reader, CancellationToken cancellationToken)
    {
        _rootLine = ((IXmlLineInfo)reader).LineNumber;
        if (reader.IsEmptyElement) return;
        var ns = reader.NamespaceURI;
        var section = "";
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ns)
            {
                if (reader.NodeType == XmlNodeType.Element) reader.Skip();
                else reader.Read();
                continue;
            }
            if (reader.Depth == 1 && reader.LocalName != "DateOfIssue" && !reader.IsEmptyElement)
            {
                section = reader.LocalName;
                reader.Read();
                continue;
            }
            if (reader.Depth is 1 or 2) Element(reader.Depth == 1 ? "" : section, OfacXmlElements.Load(reader));
            else reader.Skip();
        }
    }

    public void Finish()
    {
        if (_partyLines.Count == 0 && !Broken) input.Rejected.Add(new ImportError(file, _rootLine, "DistinctParties/DistinctParty", "the file holds no party."));
        if (_partyLines.Count == 0) return;
        if (!Broken) RejectUnlisted();
        var relations = new OfacXmlRelations(file, _publication, _published, input);
        foreach (var (from, draft) in _relations)
        {
            if (!_partyLines.ContainsKey(from)) relations.Placeholder(from, null, OfacXmlRelationTypes.Of(draft.Label).Type, _publication.Citing(file, draft.Origin.Line, _published));
            relations.Add(draft, _partyLines.ContainsKey);
        }
        input.Authorities[OfacSource.AuthorityId] = OfacSource.AuthorityName;
        if (!Broken) input.Publication = new DatasetPublication(_publication.Dataset, _published);
    }

    private void Element(string section, XElement element)
    {
        var problems = new OfacAdvancedProblems(file, _references);
        switch (section, element.Name.LocalName)
        {
            case ("", "DateOfIssue"):
                if (OfacAdvancedDates.Date(element, "DateOfIssue", problems) is { } issued) _published = issued;
                break;
            case ("ReferenceValueSets", _):
                foreach (var bad in _references.AddSet(element)) problems.Add(bad, $"ReferenceValueSets/{element.Name.LocalName}/{bad.Name.LocalName}", "needs a numeric ID and a value.");
                break;
            case ("Locations", "Location"):
                _places.AddLocation(element, problems);
                break;
            case ("IDRegDocuments", "IDRegDocument"):
                _places.AddDocument(element, problems);
                break;
            case ("DistinctParties", "DistinctParty"):
                Party(element, problems);
                break;
            case ("ProfileRelationships", "ProfileRelationship"):
                Relationship(element, problems);
                break;
            case ("SanctionsEntries", "SanctionsEntry"):
                Entry(element, problems);
                break;
        }
        input.Rejected.AddRange(problems.All);
    }

    private void Party(XElement party, OfacAdvancedProblems problems)
    {
        _parties ??= new OfacAdvancedPartyMapper(file, _references, _places, _publication, _published);
        if (_parties.Map(party, problems) is not var (profileId, entity))
        {
            // Its relationships and entries are left with it, rather than rejected once more as naming no party.
            if (Child(party, "Profile") is { } profile && Number(profile, "ID") is { } rejected) _rejectedParties.Add(rejected);
            return;
        }
        if (_partyLines.TryGetValue(profileId, out var first))
        {
            problems.Add(party, "DistinctParty/Profile/@ID", $"the profile ID {profileId} is already used on line {first}.");
            return;
        }
        _partyLines.Add(profileId, OfacXmlElements.LineOf(party));
        input.Entities.Add(entity);
    }

    private void Relationship(XElement relationship, OfacAdvancedProblems problems)
    {
        const string Field = "ProfileRelationship";
        var id = Number(relationship, "ID");
        if (id is null) problems.Add(relationship, $"{Field}/@ID", "must be the relationship's number.");
        var label = problems.Value(relationship, "RelationTypeID", "RelationType", $"{Field}/@RelationTypeID");
        var from = Number(relationship, "From-ProfileID");
        if (from is null) problems.Add(relationship, $"{Field}/@From-ProfileID", "must be the number of a profile.");
        var to = Number(relationship, "To-ProfileID");
        if (to is null) problems.Add(relationship, $"{Field}/@To-ProfileID", "must be the number of a profile.");
        else if (to == from) problems.Add(relationship, $"{Field}/@To-ProfileID", "relates the profile to itself.");
        if (problems.All.Count > 0 || id is null || label is null || from is null || to is null) return;
        if (_rejectedParties.Contains(from.Value) || _rejectedParties.Contains(to.Value)) return;
        var origin = new RecordOrigin(file, OfacXmlElements.LineOf(relationship));
        _relations.Add((from.Value, new OfacXmlRelationDraft(id.Value, OfacEntryMapper.IdOf(from.Value), to.Value, null, label, origin)));
    }

    private void Entry(XElement entry, OfacAdvancedProblems problems)
    {
        var named = Number(entry, "ProfileID");
        if (named is { } rejected && _rejectedParties.Contains(rejected)) return;
        if (named is not { } profileId || !_partyLines.ContainsKey(profileId))
        {
            problems.Add(entry, "SanctionsEntry/@ProfileID", $"'{entry.Attribute("ProfileID")?.Value}' names no profile among the DistinctParties.");
            return;
        }
        _listed.Add(profileId);
        _entries ??= new OfacAdvancedEntryMapper(file, _publication, _published);
        _entries.Map(entry, profileId, input, problems);
    }

    /// <summary>A party no SanctionsEntry names is on no list: it is rejected, as the Enhanced reader rejects an entity on no list.</summary>
    private void RejectUnlisted()
    {
        var unlisted = _partyLines.Where(p => !_listed.Contains(p.Key)).OrderBy(p => p.Value).ToList();
        foreach (var (profileId, line) in unlisted)
        {
            input.Rejected.Add(new ImportError(file, line, "SanctionsEntries/SanctionsEntry", $"no SanctionsEntry names profile {profileId}; the party is on no list."));
            _partyLines.Remove(profileId);
        }
        var ids = unlisted.Select(p => OfacEntryMapper.IdOf(p.Key)).ToHashSet();
        if (ids.Count > 0) input.Entities.RemoveAll(e => ids.Contains(e.Id));
    }
}
