using System.Xml.Linq;
using Graph.Import.OfacXml;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>What is wrong with one record of an SDN Advanced XML publication, each problem by the line of the element it concerns.</summary>
internal sealed class OfacAdvancedProblems(string file, OfacAdvancedReferences references)
{
    public List<ImportError> All { get; } = [];

    public void Add(XObject at, string field, string message) => All.Add(new ImportError(file, OfacXmlElements.LineOf(at), field, message));

    /// <summary>The reference value of <paramref name="set"/> an attribute names by ID; a problem when it names none.</summary>
    public string? Value(XElement element, string attribute, string set, string field)
    {
        if (OfacAdvancedElements.Number(element, attribute) is not { } id)
        {
            Add(element, field, element.Attribute(attribute) is null ? "is missing." : $"'{element.Attribute(attribute)!.Value}' is not a number.");
            return null;
        }
        var value = references.Value(set, id);
        if (value is null) Add(element, field, $"names {set} {id}, which is not among the ReferenceValueSets.");
        return value;
    }

    /// <summary>The reference value an attribute that may be absent names; a problem when it is there and names none.</summary>
    public string? OptionalValue(XElement element, string attribute, string set, string field) =>
        element.Attribute(attribute) is null ? null : Value(element, attribute, set, field);
}
