using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Graph.Domain.Model;
using Graph.Import.Ofac;
using Graph.Import.Reading;
using static Graph.Import.OfacXml.OfacXmlElements;

namespace Graph.Import.OfacXml;

/// <summary>
/// One pass over an Enhanced XML publication. It walks the sections under the root and loads one small element at a
/// time (publicationInfo, each referenceValue, featureType and entity), never the document; entities are mapped as
/// they come, and their relationships are resolved at the end, when every entity of the file is known.
/// </summary>
internal sealed class OfacXmlDocument(string file, ParsedInput input, DateOnly defaultPublished) : IOfacXmlDocument
{
    /// <summary>The root element of an Enhanced XML publication, in <see cref="Namespace"/>.</summary>
    public const string Root = "sanctionsData";

    private readonly OfacXmlReferences _references = new();
    private readonly Dictionary<int, int> _entityLines = [];
    private readonly List<OfacXmlRelationDraft> _relations = [];
    private OfacXmlSource _publication = OfacXmlSource.Consolidated;
    private DateOnly _published = defaultPublished;
    private OfacXmlEntityMapper? _mapper;
    private int _rootLine;

    /// <summary>Set when the file broke off: it is no complete publication, so nothing may be delisted by it.</summary>
    public bool Broken { get; set; }

    /// <summary>Reads the publication; the reader stands on its root element.</summary>
    public void Read(XmlReader reader, CancellationToken cancellationToken)
    {
        _rootLine = Line(reader);
        if (reader.IsEmptyElement) return;
        var section = "";
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Namespace)
            {
                if (reader.NodeType == XmlNodeType.Element) reader.Skip();
                else reader.Read();
                continue;
            }
            if (reader.Depth == 1 && reader.LocalName is "referenceValues" or "featureTypes" or "entities" && !reader.IsEmptyElement)
            {
                section = reader.LocalName;
                reader.Read();
                continue;
            }
            if (reader.Depth is 1 or 2)
            {
                var (depth, name) = (reader.Depth, reader.LocalName);
                Element(depth == 1 ? "" : section, name, Load(reader));
            }
            else reader.Skip();
        }
    }

    /// <summary>Resolves the relationships, and states the publication unless the file broke off.</summary>
    public void Finish()
    {
        if (_entityLines.Count == 0 && !Broken) input.Rejected.Add(new ImportError(file, _rootLine, "entities/entity", "the file holds no entity."));
        if (_entityLines.Count == 0) return;
        var relations = new OfacXmlRelations(file, _publication, _published, input);
        foreach (var relation in _relations) relations.Add(relation, _entityLines.ContainsKey);
        input.Authorities[OfacSource.AuthorityId] = OfacSource.AuthorityName;
        if (!Broken) input.Publication = new DatasetPublication(_publication.Dataset, _published);
    }

    private static int Line(XmlReader reader) => ((IXmlLineInfo)reader).LineNumber;

    private void Element(string section, string name, XElement element)
    {
        switch (section, name)
        {
            case ("", "publicationInfo"):
                PublicationInfo(element);
                break;
            case ("referenceValues", "referenceValue"):
                if (!_references.AddValue(element)) Reject(element, "referenceValues/referenceValue", "needs a numeric refId and a value.");
                break;
            case ("featureTypes", "featureType"):
                if (!_references.AddFeatureType(element)) Reject(element, "featureTypes/featureType", "needs a numeric featureTypeId and a type.");
                break;
            case ("entities", "entity"):
                Entity(element);
                break;
        }
    }

    private void PublicationInfo(XElement info)
    {
        var asOf = Text(info, "dataAsOf");
        if (DateTime.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var day)) _published = DateOnly.FromDateTime(day);
        else Reject(Child(info, "dataAsOf") ?? info, "publicationInfo/dataAsOf", asOf is null ? "is missing." : $"'{asOf}' is not a date and time.");
        var lists = Child(info, "filters") is { } filters ? Items(filters, "sanctionsLists", "sanctionsList").Select(l => l.Value.Trim()).ToList() : [];
        // The lists the file was filtered on say which publication it is; a file that names none is taken by its name.
        var sdn = lists.Count > 0 ? lists.Contains(OfacXmlSource.SdnListName) : !file.StartsWith("CONS", StringComparison.OrdinalIgnoreCase);
        _publication = sdn ? OfacXmlSource.Sdn : OfacXmlSource.Consolidated;
    }

    private void Entity(XElement entity)
    {
        var line = LineOf(entity);
        if (OfacXmlReferences.Int(entity.Attribute("id")?.Value) is not { } number)
        {
            Reject(entity, "entity/@id", "must be the entity's number.");
            return;
        }
        if (_entityLines.TryGetValue(number, out var first))
        {
            Reject(entity, "entity/@id", $"the entity id {number} is already used on line {first}.");
            return;
        }
        _entityLines.Add(number, line);
        _mapper ??= new OfacXmlEntityMapper(file, _references, _publication, _published);
        _mapper.Map(entity, number, input, _relations);
    }

    private void Reject(XObject at, string field, string message) => input.Rejected.Add(new ImportError(file, LineOf(at), field, message));
}
