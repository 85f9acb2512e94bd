using Graph.Domain.Matching;
using Graph.Domain.Model;

namespace Graph.Api.Matching;

/// <summary>
/// Gathers the FtM properties of one query, value by value, into a <see cref="MatchQuery"/>, and keeps the values it used
/// under their FtM names to echo back. Every surface (yente's /match, both reconciliation versions) reads through it, so
/// that a property means the same everywhere.
/// </summary>
internal sealed class MatchQueryDraft
{
    private static readonly HashSet<string> NameProperties = new(StringComparer.Ordinal) { "name", "alias", "weakAlias", "previousName" };
    private static readonly HashSet<string> DateProperties = new(StringComparer.Ordinal) { "birthDate", "incorporationDate" };
    private static readonly HashSet<string> NationalityProperties = new(StringComparer.Ordinal) { "nationality", "citizenship" };
    private static readonly HashSet<string> CountryProperties = new(StringComparer.Ordinal) { "country", "jurisdiction" };
    private static readonly HashSet<string> Identifiers = new(MatchKeys.IdentifierProperties, StringComparer.Ordinal);

    private readonly List<string> _names = [];
    private readonly List<string> _nationality = [];
    private readonly List<string> _country = [];
    private readonly List<string> _identifiers = [];
    private PartialDate? _birthDate;
    private string? _gender;

    /// <summary>The values used, by FtM property, in the order given.</summary>
    public Dictionary<string, List<string>> Used { get; } = new(StringComparer.Ordinal);

    /// <summary>True for the properties matching reads; others are accepted and left out.</summary>
    public static bool Understands(string property) =>
        NameProperties.Contains(property) || DateProperties.Contains(property) || NationalityProperties.Contains(property)
        || CountryProperties.Contains(property) || Identifiers.Contains(property) || property == "gender";

    public bool HasName => _names.Count > 0;

    /// <summary>Adds one value; a problem naming <paramref name="place"/> when the value cannot be a name. Dates that are not dates are dropped, as FtM cleans them.</summary>
    public string? Add(string property, string value, string place)
    {
        var text = value.Trim();
        if (text.Length == 0 || !Understands(property)) return null;
        if (NameProperties.Contains(property))
        {
            if (text.Length > MatchQuery.MaxNameLength) return $"{place}: a name must be at most {MatchQuery.MaxNameLength} characters long, not {text.Length}.";
            _names.Add(text);
        }
        else if (DateProperties.Contains(property))
        {
            if (!TryReadDate(text, out var date)) return null;
            _birthDate ??= date;
            text = date.ToString();
        }
        else if (NationalityProperties.Contains(property)) _nationality.Add(text);
        else if (CountryProperties.Contains(property)) _country.Add(text);
        else if (Identifiers.Contains(property)) _identifiers.Add(text);
        else
        {
            text = text.ToLowerInvariant();
            _gender ??= text;
        }
        if (!Used.TryGetValue(property, out var used)) Used[property] = used = [];
        used.Add(text);
        return null;
    }

    /// <summary>The query: the first name is the name, the others its aliases; null when no name was given.</summary>
    public MatchQuery? Build(EntityKind? kind) => _names.Count == 0 ? null : new MatchQuery(_names[0])
    {
        Kind = kind,
        Aliases = [.. _names.Skip(1).Distinct(StringComparer.Ordinal)],
        BirthDate = _birthDate,
        Nationality = [.. _nationality.Distinct(StringComparer.OrdinalIgnoreCase)],
        Country = [.. _country.Distinct(StringComparer.OrdinalIgnoreCase)],
        Gender = _gender,
        Identifiers = [.. _identifiers.Distinct(StringComparer.Ordinal)],
    };

    /// <summary>A partial date, or the day of a date-time such as "1965-03-02T00:00:00".</summary>
    private static bool TryReadDate(string text, out PartialDate date) =>
        PartialDate.TryParse(text, out date) || (text.Length > 10 && text[10] == 'T' && PartialDate.TryParse(text[..10], out date));
}
