using System.Globalization;
using System.Xml.Linq;
using Graph.Domain.Model;
using Graph.Import.Ofac;

namespace Graph.Import.Un;

/// <summary>
/// Turns one INDIVIDUAL or ENTITY of the list into an entity <c>un-&lt;DATAID&gt;</c> and its sanction
/// <c>un-sanction-&lt;DATAID&gt;</c> by the UN Security Council, under the regime of UN_LIST_TYPE, listed on LISTED_ON.
/// An entry with any problem yields nothing; its problems name the element at fault.
/// </summary>
internal sealed class UnEntryMapper(DateOnly published)
{
    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public static string EntityIdOf(int dataId) => $"un-{dataId}";

    public static string SanctionIdOf(int dataId) => $"un-sanction-{dataId}";

    /// <summary>The entry's DATAID, or null (with a problem) when it has none that is a positive whole number.</summary>
    public static int? DataIdOf(XElement entry, UnProblems problems)
    {
        var text = UnText.Child(entry, "DATAID");
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
        problems.Add(entry.Element("DATAID") ?? (XObject)entry, "DATAID", text is null
            ? "is required; the list numbers every entry with its DATAID."
            : $"'{text}' is not a DATAID; the list numbers its entries with positive whole numbers.");
        return null;
    }

    public (Entity Entity, Sanction Sanction)? Map(XElement entry, int dataId, UnProblems problems)
    {
        var isPerson = entry.Name.LocalName == "INDIVIDUAL";
        var name = Name(entry, isPerson, problems);
        var regime = Required(entry, "UN_LIST_TYPE", "the regime the entry is listed under", problems);
        var reference = Required(entry, "REFERENCE_NUMBER", "the list's reference of the entry, e.g. CDi.001", problems);
        var listedOn = ListedOn(entry, problems);
        var properties = new OfacProperties();
        var aliases = new List<string>();
        var prefix = isPerson ? "INDIVIDUAL" : "ENTITY";
        UnAliases.Add(entry, $"{prefix}_ALIAS", name ?? "", aliases, properties, problems);
        if (UnText.Child(entry, "NAME_ORIGINAL_SCRIPT") is { } original && original != name && !aliases.Contains(original)) aliases.Add(original);
        UnPlaces.AddAddresses(entry, $"{prefix}_ADDRESS", properties);
        if (isPerson) AddPersonal(entry, properties, problems);
        properties.Add("unscId", reference);
        properties.Add("notes", UnText.Child(entry, "COMMENTS1"));
        if (problems.Errors.Count > 0 || name is null || regime is null || reference is null) return null;

        var sources = UnSource.Quoting($"{reference} {name}", published);
        var entity = new Entity(EntityIdOf(dataId), isPerson ? EntityKind.Person : EntityKind.Organization, name)
        {
            Aliases = aliases,
            Properties = properties.ToDictionary(),
            Sources = sources,
        };
        var sanction = new Sanction(SanctionIdOf(dataId), UnSource.AuthorityId, entity.Id)
        {
            Programs = [regime],
            ListedOn = listedOn,
            Dataset = UnSource.Dataset,
            Sources = sources,
        };
        return (entity, sanction);
    }

    private static void AddPersonal(XElement entry, OfacProperties properties, UnProblems problems)
    {
        foreach (var title in UnText.Values(entry, "TITLE")) properties.Add("title", title);
        foreach (var designation in UnText.Values(entry, "DESIGNATION")) properties.Add("position", designation);
        foreach (var nationality in UnText.Values(entry, "NATIONALITY")) properties.Add("nationality", nationality);
        properties.Add("gender", UnText.Child(entry, "GENDER")?.ToLowerInvariant());
        UnBirthDates.Add(entry, properties, problems);
        UnPlaces.AddBirthPlaces(entry, properties);
        UnDocuments.Add(entry, properties, problems);
    }

    /// <summary>An individual's name parts joined in the list's order; an entity's FIRST_NAME.</summary>
    private static string? Name(XElement entry, bool isPerson, UnProblems problems)
    {
        var parts = (isPerson ? NameParts : NameParts[..1]).Select(part => UnText.Child(entry, part)).OfType<string>().ToList();
        if (UnText.Child(entry, "FIRST_NAME") is not null) return string.Join(" ", parts);
        problems.Add(entry.Element("FIRST_NAME") ?? (XObject)entry, "FIRST_NAME", "is required; the list gives every entry's name from FIRST_NAME on.");
        return null;
    }

    private static string? Required(XElement entry, string element, string what, UnProblems problems)
    {
        if (UnText.Child(entry, element) is { } value) return value;
        problems.Add(entry.Element(element) ?? (XObject)entry, element, $"is required: {what}.");
        return null;
    }

    private static PartialDate? ListedOn(XElement entry, UnProblems problems)
    {
        if (UnText.Child(entry, "LISTED_ON") is not { } text) return null;
        if (UnDates.Day(text) is { } day) return day;
        problems.Add(entry.Element("LISTED_ON")!, "LISTED_ON", $"'{text}' is not a day of the form YYYY-MM-DD.");
        return null;
    }
}
