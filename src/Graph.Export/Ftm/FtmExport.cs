using Graph.Domain.Store;
using Graph.Export.Reading;
using Graph.Import.Ftm;

namespace Graph.Export.Ftm;

/// <summary>
/// Writes the whole graph as FollowTheMoney JSON lines with <see cref="FtmWriter"/>, page by page: each page of
/// entities with the relationships that end at them (so that an Event's participants go back onto the Event), then
/// the sanctions, each naming its authority by the authority's name as FtM does.
/// </summary>
public static class FtmExport
{
    /// <summary>Reads every record of <paramref name="store"/> page by page and writes one line per record to <paramref name="output"/>.</summary>
    public static async Task<ExportSummary> WriteAsync(IGraphStore store, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        long entities = 0, sanctions = 0, relationships = 0;
        await foreach (var (page, incoming) in GraphPages.RelationshipsAsync(store, Direction.Incoming, cancellationToken))
        {
            FtmWriter.Write(output, page, incoming, [], _ => null);
            entities += page.Count;
            relationships += incoming.Count;
        }
        await foreach (var page in GraphPages.SanctionsAsync(store, cancellationToken))
        {
            var authorities = await store.GetEntitiesAsync([.. page.Select(s => s.AuthorityId).Distinct(StringComparer.Ordinal)], cancellationToken);
            FtmWriter.Write(output, [], [], page, id => authorities.TryGetValue(id, out var authority) ? authority.Name : null);
            sanctions += page.Count;
        }
        await output.FlushAsync(cancellationToken);
        return new ExportSummary(entities, sanctions, relationships);
    }
}
