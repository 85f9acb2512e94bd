using System.Xml.Linq;
using Graph.Domain.Model;
using Graph.Import.Ofac;
using Graph.Import.OfacXml;
using static Graph.Import.OfacAdvancedXml.OfacAdvancedElements;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>
/// Turns one DistinctParty into its entity: id <c>ofac-&lt;profile ID&gt;</c> (the CSV's entry number and the Enhanced
/// XML's entity id), its kind from the profile's party subtype, its names, features and documents. Any problem rejects
/// the party, each problem by its element's line. Its sanctions come later, from the SanctionsEntries.
/// </summary>
internal sealed class OfacAdvancedPartyMapper(string file, OfacAdvancedReferences references, OfacAdvancedPlaces places, OfacXmlSource publication, DateOnly published)
{
    private const string Unknown = "Unknown";

    /// <summary>The profile ID and entity of a party; null when the party has problems, which are added to <paramref name="problems"/>.</summary>
    public (int ProfileId, Entity Entity)? Map(XElement party, OfacAdvancedProblems problems)
    {
        if (Child(party, "Profile") is not { } profile)
        {
            problems.Add(party, "DistinctParty/Profile", "is missing.");
            return null;
        }
        var profileId = Number(profile, "ID");
        if (profileId is null) problems.Add(profile, "DistinctParty/Profile/@ID", "must be the profile's number.");
        var kind = Kind(profile, problems);
        var identities = Children(profile, "Identity").ToList();
        var identity = identities.FirstOrDefault(i => IsTrue(i, "Primary")) ?? identities.FirstOrDefault();
        if (identity is null) problems.Add(profile, "DistinctParty/Profile/Identity", "is missing.");
        var names = identity is null ? null : OfacAdvancedNames.Read(identity, problems);
        var remarks = new OfacRemarks();
        remarks.Properties.Add("notes", Text(party, "Comment"));
        remarks.Properties.Add("notes", Text(profile, "Comment"));
        var documents = identity is not null && Number(identity, "ID") is { } identityId ? places.Documents(identityId) : [];
        OfacAdvancedFeatures.Read(profile, documents, references, places, problems, remarks);
        if (problems.All.Count > 0 || profileId is null || kind is null || names is null) return null;

        names.AddTo(remarks.Properties);
        var id = OfacEntryMapper.IdOf(profileId.Value);
        return (profileId.Value, new Entity(id, kind.Value, names.Name)
        {
            Aliases = names.Aliases,
            Properties = remarks.Properties.ToDictionary(),
            Sources = publication.Citing(file, OfacXmlElements.LineOf(party), published),
        });
    }

    /// <summary>The kind of the party subtype (Vessel, Aircraft), or of its party type (Individual, Entity) when the subtype is "Unknown".</summary>
    private EntityKind? Kind(XElement profile, OfacAdvancedProblems problems)
    {
        const string Field = "DistinctParty/Profile/@PartySubTypeID";
        var subType = problems.Value(profile, "PartySubTypeID", "PartySubType", Field);
        if (subType is null) return null;
        var type = subType == Unknown ? references.PartyTypeOf(Number(profile, "PartySubTypeID")!.Value) : subType;
        var kind = OfacXmlKinds.Of(type);
        if (kind is null) problems.Add(profile, Field, $"the party type '{type ?? subType}' is not one of OFAC's ({OfacXmlKinds.Names}).");
        return kind;
    }
}
