using System.Xml.Linq;
using static Graph.Import.OfacAdvancedXml.OfacAdvancedElements;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>
/// The reference value sets a publication declares before its parties: each <c>XValues</c> set holds <c>X</c> values by
/// ID (AliasType, PartySubType, FeatureType, List, Country…); every coded attribute of a party is read through them.
/// </summary>
internal sealed class OfacAdvancedReferences
{
    private const string ValuesSuffix = "Values";

    private readonly Dictionary<(string Set, int Id), string> _values = [];
    private readonly Dictionary<int, int> _partyTypeOfSubType = [];

    /// <summary>Adds one <c>XValues</c> element; the values it lacks an ID or text for are returned, to be rejected.</summary>
    public IEnumerable<XElement> AddSet(XElement values)
    {
        var name = values.Name.LocalName;
        if (!name.EndsWith(ValuesSuffix, StringComparison.Ordinal)) return [];
        var set = name[..^ValuesSuffix.Length];
        var bad = new List<XElement>();
        foreach (var value in Children(values, set))
        {
            var text = value.Value.Trim();
            if (Number(value, "ID") is not { } id || text.Length == 0)
            {
                bad.Add(value);
                continue;
            }
            _values[(set, id)] = text;
            if (set == "PartySubType" && Number(value, "PartyTypeID") is { } partyType) _partyTypeOfSubType[id] = partyType;
        }
        return bad;
    }

    public string? Value(string set, int id) => _values.GetValueOrDefault((set, id));

    /// <summary>The party type (Individual, Entity…) a party subtype belongs to; OFAC's subtype of persons and entities is "Unknown".</summary>
    public string? PartyTypeOf(int subType) =>
        _partyTypeOfSubType.TryGetValue(subType, out var partyType) ? Value("PartyType", partyType) : null;
}
