using Graph.Domain.Model;

namespace Graph.Import.Ofac;

/// <summary>Turns a valid sdn.csv row, with its addresses, other names and Remarks overflow, into an entity and its sanction.</summary>
internal sealed class OfacEntryMapper(DateOnly published)
{
    private static readonly IReadOnlyList<string> Blocking = ["Block"];

    public static string IdOf(int entryNumber) => $"ofac-{entryNumber}";

    public static OfacDraft Draft(SdnRow row, IEnumerable<AddressRow> addresses, IEnumerable<AltRow> alts, IEnumerable<CommentRow> comments)
    {
        var remarks = OfacRemarksParser.Parse(row.Remarks + string.Concat(comments.Select(c => c.RemarksExtended)));
        var kind = KindOf(row.Type);
        var properties = remarks.Properties;
        if (row.Title is { } title)
        {
            // OFAC fills Title only for individuals; FollowTheMoney has a position only for people.
            if (kind == EntityKind.Person) properties.Add("position", title);
            else properties.Add("notes", $"Title: {title}");
        }
        properties.Add("callSign", row.CallSign);
        properties.Add("type", row.VesselType);
        properties.Add("tonnage", row.Tonnage);
        properties.Add("grossRegisteredTonnage", row.GrossRegisteredTonnage);
        properties.Add("flag", row.VesselFlag);
        properties.Add("owner", row.VesselOwner);
        foreach (var address in addresses)
        {
            string?[] parts = [address.Address, address.CityStatePostalCode, address.Country];
            properties.Add("address", string.Join(", ", parts.OfType<string>()));
            properties.Add("country", address.Country);
            properties.Add("notes", address.Remarks);
        }
        var altList = alts.ToList();
        foreach (var alt in altList.Where(a => a.Remarks is not null)) properties.Add("notes", $"{alt.AltName}: {alt.Remarks}");
        var aliases = Distinct(row.Name!, altList.Select(a => a.AltName!).Concat(remarks.Aliases));
        return new OfacDraft(row, IdOf(row.Number!.Value), kind, properties, aliases, remarks.Links);
    }

    public Entity Entity(OfacDraft draft) =>
        new(draft.Id, draft.Kind, draft.Row.Name!)
        {
            Aliases = draft.Aliases,
            Properties = draft.Properties.ToDictionary(),
            Sources = OfacSource.Quoting(draft.Row.Record.Text, published),
        };

    /// <summary>The SDN list is a blocking list: every entry on it has its property blocked.</summary>
    public Sanction Sanction(OfacDraft draft) =>
        new(draft.Id, OfacSource.AuthorityId, draft.Id)
        {
            Programs = Programs(draft.Row.Program),
            Provisions = Blocking,
            Dataset = OfacSource.Dataset,
            Sources = OfacSource.Quoting(draft.Row.Record.Text, published),
        };

    /// <summary>"TCO] [UKRAINE-EO13660] [CAR" holds three programmes: OFAC joins them with "] [".</summary>
    public static IReadOnlyList<string> Programs(string? program) =>
        program is null ? [] : program.Split(['[', ']'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static EntityKind KindOf(string? type) => type?.ToLowerInvariant() switch
    {
        "individual" => EntityKind.Person,
        "vessel" => EntityKind.Vessel,
        "aircraft" => EntityKind.Aircraft,
        _ => EntityKind.Organization,
    };

    private static List<string> Distinct(string name, IEnumerable<string> aliases)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        return [.. aliases.Where(seen.Add)];
    }
}
