using Graph.Domain.Model;
using Graph.Import.Ofac;

namespace Graph.Import.Eu;

/// <summary>
/// Turns a valid sanctionEntity into an entity <c>eu-&lt;logicalId&gt;</c> and its one sanction
/// <c>eu-sanction-&lt;logicalId&gt;</c> by the European Union, both citing the publication of <paramref name="published"/>.
/// </summary>
internal sealed class EuEntryMapper(DateOnly published)
{
    /// <summary>The FSF lists the persons and entities whose funds are frozen.</summary>
    private static readonly IReadOnlyList<string> Freezing = ["Asset freeze"];

    public static string EntityIdOf(string logicalId) => $"eu-{logicalId}";

    public static string SanctionIdOf(string logicalId) => $"eu-sanction-{logicalId}";

    public Entity Entity(EuNode entry)
    {
        var kind = entry.All("subjectType").First().Attribute("code") == "person" ? EntityKind.Person : EntityKind.Organization;
        var names = EuNames.Of(entry);
        var properties = new OfacProperties();
        properties.Add("firstName", names.MainAlias.Attribute("firstName"));
        properties.Add("middleName", names.MainAlias.Attribute("middleName"));
        properties.Add("lastName", names.MainAlias.Attribute("lastName"));
        foreach (var weak in names.WeakAliases) properties.Add("weakAlias", weak);
        foreach (var alias in entry.All("nameAlias"))
        {
            // FollowTheMoney has a position only for people; an enterprise's "function" is a note.
            properties.Add(kind == EntityKind.Person ? "position" : "notes", alias.Attribute("function"));
            properties.Add("title", alias.Attribute("title"));
            properties.Add("gender", alias.Attribute("gender") switch { "M" => "male", "F" => "female", _ => null });
        }
        foreach (var birth in entry.All("birthdate"))
        {
            foreach (var date in EuDates.Births(birth)) properties.Add("birthDate", date);
            properties.Add("birthPlace", Joined(birth, "place", "city", "region") is { } place
                ? string.Join(", ", new[] { place, EuCountries.Description(birth) }.OfType<string>())
                : null);
        }
        foreach (var citizenship in entry.All("citizenship")) properties.Add("nationality", EuCountries.Code(citizenship));
        foreach (var identification in entry.All("identification"))
        {
            var property = DocumentProperty(identification.Attribute("identificationTypeCode"));
            properties.Add(property, identification.Attribute("number"));
            properties.Add(property, identification.Attribute("latinNumber"));
        }
        foreach (var address in entry.All("address"))
        {
            properties.Add("address", Joined(address, "street", "poBox", "zipCode", "city", "place", "region") is { } street
                ? string.Join(", ", new[] { street, EuCountries.Description(address) }.OfType<string>())
                : null);
            properties.Add("country", EuCountries.Code(address));
            foreach (var contact in address.All("contactInfo"))
            {
                var key = contact.Attribute("key");
                if (ContactProperty(key) is { } property) properties.Add(property, contact.Attribute("value"));
                else if (contact.Attribute("value") is { } value) properties.Add("notes", $"{key}: {value}");
            }
        }
        foreach (var remark in Remarks(entry)) properties.Add("notes", remark);
        return new Entity(EntityIdOf(entry.Attribute("logicalId")!), kind, names.Name)
        {
            Aliases = names.Aliases,
            Properties = properties.ToDictionary(),
            Sources = [EuSource.List(entry, published)],
        };
    }

    /// <summary>Listed on the earliest of the designation date and the regulations' publication dates.</summary>
    public Sanction Sanction(EuNode entry)
    {
        var logicalId = entry.Attribute("logicalId")!;
        var regulations = entry.All("regulation").ToList();
        var listedOn = regulations.Select(r => EuDates.Day(r.Attribute("publicationDate")))
            .Append(EuDates.Day(entry.Attribute("designationDate")))
            .OfType<PartialDate>()
            .Order()
            .Select(d => (PartialDate?)d)
            .FirstOrDefault();
        var sources = new List<Source> { EuSource.List(entry, published) };
        foreach (var source in regulations.Select(EuSource.Regulation).OfType<Source>())
        {
            if (!sources.Any(s => s.Url == source.Url)) sources.Add(source);
        }
        return new Sanction(SanctionIdOf(logicalId), EuSource.AuthorityId, EntityIdOf(logicalId))
        {
            Programs = [.. regulations.Select(r => r.Attribute("programme")).OfType<string>().Distinct(StringComparer.Ordinal)],
            Provisions = Freezing,
            ListedOn = listedOn,
            Dataset = EuSource.Dataset,
            Sources = sources,
        };
    }

    /// <summary>
    /// The FtM property an identity document's number goes to, by identificationTypeCode: passports, registration and
    /// tax numbers, SWIFT/BIC and IMO numbers have their own; every other document (id, ssn, other…) is an idNumber.
    /// </summary>
    private static string DocumentProperty(string? code) => code?.ToLowerInvariant() switch
    {
        "passport" => "passportNumber",
        "regnumber" => "registrationNumber",
        "fiscalcode" => "taxNumber",
        "swiftbic" => "swiftBic",
        "imo" => "imoNumber",
        _ => "idNumber",
    };

    private static string? ContactProperty(string? key) => key?.ToUpperInvariant() switch
    {
        "PHONE" or "FAX" => "phone",
        "EMAIL" => "email",
        "WEB" => "website",
        _ => null,
    };

    /// <summary>The remarks of the entry and of its parts (names, addresses, documents…), in file order.</summary>
    private static IEnumerable<string?> Remarks(EuNode entry) =>
        entry.All("remark").Select(r => r.Text?.Trim())
            .Concat(entry.Children.Where(c => c.Name != "remark").SelectMany(part => part.All("remark")).Select(r => r.Text?.Trim()));

    private static string? Joined(EuNode node, params string[] attributes)
    {
        var parts = attributes.Select(node.Attribute).OfType<string>().ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : null;
    }
}
