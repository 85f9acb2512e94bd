using System.Xml.Linq;

namespace Graph.Import.OfacXml;

/// <summary>What is wrong with one entity element, each problem by the line of the element it concerns; any of them rejects the entity.</summary>
internal sealed class OfacXmlEntryProblems(string file, OfacXmlReferences references)
{
    public List<ImportError> All { get; } = [];

    public void Add(XObject at, string field, string message) => All.Add(new ImportError(file, OfacXmlElements.LineOf(at), field, message));

    /// <summary>The reference value a coded element names; a problem when it names none.</summary>
    public string? Coded(XElement coded, string field)
    {
        var value = references.Value(coded, out var problem);
        if (problem is not null) Add(coded, field, problem);
        return value;
    }

    /// <summary>The reference value of a coded child that may be absent; a problem when it is there and names none.</summary>
    public string? OptionalCoded(XElement parent, string child, string field) =>
        OfacXmlElements.Child(parent, child) is { } coded ? Coded(coded, field) : null;
}
