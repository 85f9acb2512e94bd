using System.Xml.Linq;
using Graph.Domain.Model;
using Graph.Import.Ofac;
using Graph.Import.OfacXml;
using Graph.Import.Reading;
using static Graph.Import.OfacAdvancedXml.OfacAdvancedElements;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>
/// Turns one SanctionsEntry (a profile on one list) into its sanction, as the Enhanced reader makes one per entity per
/// list: <c>ofac-&lt;profile&gt;</c> on the SDN list, <c>ofac-&lt;profile&gt;-&lt;list ID&gt;</c> on another, listed on
/// the earliest of its EntryEvents (else on the publication's day), with the programmes and sanction types of its
/// SanctionsMeasures. A file publishes its own dataset only, as the Enhanced reader has it.
/// </summary>
internal sealed class OfacAdvancedEntryMapper(string file, OfacXmlSource publication, DateOnly published)
{
    private const string Field = "SanctionsEntry";
    private const string Program = "Program";

    /// <summary>Adds the sanction of the entry to <paramref name="input"/>, unless the entry has problems or its list is another file's.</summary>
    public void Map(XElement entry, int profileId, ParsedInput input, OfacAdvancedProblems problems)
    {
        var list = problems.Value(entry, "ListID", "List", $"{Field}/@ListID");
        var listedOn = ListedOn(entry, problems);
        var programs = new List<string>();
        var provisions = new List<string>();
        foreach (var measure in Children(entry, "SanctionsMeasure"))
        {
            var type = problems.Value(measure, "SanctionsTypeID", "SanctionsType", $"{Field}/SanctionsMeasure/@SanctionsTypeID");
            if (type != Program) provisions.Add(type ?? "");
            else if (Text(measure, "Comment") is { } program) programs.Add(program);
            else problems.Add(measure, $"{Field}/SanctionsMeasure/Comment", "a programme measure names no programme.");
        }
        if (problems.All.Count > 0 || list is null) return;
        if (list == OfacXmlSource.ConsolidatedListName) return;
        if (OfacXmlSource.OfList(list) != publication)
        {
            input.Ignore($"SanctionsEntry ({list})");
            return;
        }
        var id = OfacEntryMapper.IdOf(profileId);
        var line = OfacXmlElements.LineOf(entry);
        input.Add(new Sanction(list == OfacXmlSource.SdnListName ? id : $"{id}-{Number(entry, "ListID")}", OfacSource.AuthorityId, id)
        {
            Programs = [.. programs.Distinct()],
            Provisions = [.. provisions.Distinct()],
            ListedOn = PartialDate.FromDate(listedOn ?? published),
            Dataset = publication.Dataset,
            Sources = publication.Citing(file, line, published, list),
        }, new RecordOrigin(file, line));
    }

    private static DateOnly? ListedOn(XElement entry, OfacAdvancedProblems problems)
    {
        DateOnly? earliest = null;
        foreach (var date in Children(entry, "EntryEvent").Select(e => Child(e, "Date")).OfType<XElement>())
        {
            if (OfacAdvancedDates.Date(date, $"{Field}/EntryEvent/Date", problems) is { } day && (earliest is null || day < earliest)) earliest = day;
        }
        return earliest;
    }
}
