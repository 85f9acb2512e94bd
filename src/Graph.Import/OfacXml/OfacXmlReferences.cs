using System.Globalization;
using System.Xml.Linq;

namespace Graph.Import.OfacXml;

/// <summary>
/// The reference values (refId to type and value) and feature types (featureTypeId to name) a publication declares
/// before its entities; every coded element of an entity is read through them.
/// </summary>
internal sealed class OfacXmlReferences
{
    private readonly Dictionary<int, (string Type, string Value)> _values = [];
    private readonly Dictionary<int, (string Type, string? Description)> _featureTypes = [];

    /// <summary>Adds one referenceValue element; false when it lacks its refId or value.</summary>
    public bool AddValue(XElement referenceValue)
    {
        if (Int(referenceValue.Attribute("refId")?.Value) is not { } id) return false;
        var value = OfacXmlElements.Text(referenceValue, "value");
        if (value is null) return false;
        _values[id] = (OfacXmlElements.Text(referenceValue, "type") ?? "", value);
        return true;
    }

    /// <summary>Adds one featureType element; false when it lacks its featureTypeId or type.</summary>
    public bool AddFeatureType(XElement featureType)
    {
        if (Int(featureType.Attribute("featureTypeId")?.Value) is not { } id) return false;
        var type = OfacXmlElements.Text(featureType, "type");
        if (type is null) return false;
        _featureTypes[id] = (type, OfacXmlElements.Text(featureType, "publishDescription"));
        return true;
    }

    /// <summary>The value an element's refId names, or null (with the reason in <paramref name="problem"/>).</summary>
    public string? Value(XElement coded, out string? problem)
    {
        problem = null;
        if (Int(coded.Attribute("refId")?.Value) is not { } id)
        {
            problem = "has no refId, or one that is not a number.";
            return null;
        }
        if (_values.TryGetValue(id, out var value)) return value.Value;
        problem = $"names refId {id}, which is not among the referenceValues.";
        return null;
    }

    /// <summary>The feature type a feature's type element names by featureTypeId, or null.</summary>
    public (string Type, string? Description)? FeatureType(XElement type) =>
        Int(type.Attribute("featureTypeId")?.Value) is { } id && _featureTypes.TryGetValue(id, out var featureType) ? featureType : null;

    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
