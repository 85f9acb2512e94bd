using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, Sanction>> GetSanctionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Sanction>();
        var result = await Read(SanctionStatements.ByIds, new() { ["ids"] = Distinct(ids) }, cancellationToken);
        return result.Rows.Select(row => RecordReader.Sanction(row[0])).ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Sanction>> GetSanctionsTargetingAsync(IReadOnlyCollection<string> entityIds, SanctionTiming timing, CancellationToken cancellationToken = default)
    {
        if (entityIds.Count == 0) return [];
        var result = await Read(SanctionStatements.Targeting, new()
        {
            ["ids"] = Distinct(entityIds),
            ["asOf"] = Day(timing.AsOf),
            ["knownAsOf"] = Day(timing.KnownAsOf),
            ["published"] = await Publications(timing.KnownAsOf, cancellationToken),
        }, cancellationToken);
        return [.. result.Rows.Select(row => RecordReader.Sanction(row[0]))];
    }

    /// <summary>Each dataset's latest publication day on or before the day, as the statements' <c>$published</c>; empty without a day.</summary>
    private async Task<Dictionary<string, object?>> Publications(DateOnly? knownAsOf, CancellationToken cancellationToken)
    {
        var published = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (knownAsOf is not { } day) return published;
        var result = await Read(SanctionStatements.Publications, new() { ["knownAsOf"] = GraphModel.Day(day) }, cancellationToken);
        foreach (var row in RecordReader.Rows(result))
        {
            published[RecordReader.String(row("dataset"), "dataset")] = RecordReader.String(row("day"), "publication day");
        }
        return published;
    }

    public async Task<IReadOnlyList<string>> ListActiveSanctionIdsAsync(string dataset, CancellationToken cancellationToken = default)
    {
        var result = await Read(SanctionStatements.ActiveIds, new() { ["dataset"] = dataset }, cancellationToken);
        return [.. result.Rows.Select(row => RecordReader.String(row[0], "sanction id"))];
    }

    public async Task<Page<Sanction>> ListSanctionsAsync(SanctionFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var after = SequenceCursor.Decode(page.After);
        var result = await Read(SanctionStatements.Page, new()
        {
            ["authorityIds"] = await AuthorityIds(filter.Authority, cancellationToken),
            ["program"] = filter.Program is { } program ? GraphModel.Key(program.Trim()) : null,
            ["listedFrom"] = Day(filter.ListedFrom),
            ["listedTo"] = Day(filter.ListedTo),
            ["targetId"] = filter.TargetId,
            ["firstSeenFrom"] = Day(filter.FirstSeenFrom),
            ["activeOn"] = Day(filter.ActiveOn),
            ["knownAsOf"] = Day(filter.KnownAsOf),
            ["published"] = await Publications(filter.KnownAsOf, cancellationToken),
            ["dataset"] = filter.Dataset,
            ["after"] = after,
            ["limit"] = (long)Math.Max(page.First, 0) + 1,
        }, cancellationToken);
        return ReadPage(result, page.First, item => (RecordReader.Seq(item), RecordReader.Sanction(item)));
    }

    public async Task<Page<DesignationChange>> ListChangesAsync(ChangeFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        // The feed is ordered by day, kind and insertion; its cursor is the position in that order.
        var offset = SequenceCursor.Decode(page.After);
        var result = await Read(SanctionStatements.ChangePage, new()
        {
            ["since"] = GraphModel.Day(filter.Since),
            ["authorityIds"] = await AuthorityIds(filter.Authority, cancellationToken),
            ["dataset"] = filter.Dataset,
            ["offset"] = offset,
            ["limit"] = (long)Math.Max(page.First, 0) + 1,
        }, cancellationToken);
        var position = offset;
        return ReadPage(result, page.First, item => (++position, Change(item)));
    }

    public async Task<SanctionDiff> DiffSanctionsAsync(SanctionDiffQuery query, CancellationToken cancellationToken = default)
    {
        var result = await Read(SanctionStatements.Diff, new()
        {
            ["authorityIds"] = await AuthorityIds(query.Authority, cancellationToken),
            ["dataset"] = query.Dataset,
            ["from"] = GraphModel.Day(query.From),
            ["publishedFrom"] = await Publications(query.From, cancellationToken),
            ["to"] = GraphModel.Day(query.To),
            ["publishedTo"] = await Publications(query.To, cancellationToken),
            ["limit"] = (long)Math.Max(query.Limit, 0),
        }, cancellationToken);
        var row = RecordReader.Rows(result).Single();
        return new SanctionDiff(
            [.. RecordReader.List(row("added"), "added").Select(RecordReader.Sanction)],
            [.. RecordReader.List(row("ended"), "ended").Select(RecordReader.Sanction)],
            RecordReader.Long(row("addedCount"), "addedCount"),
            RecordReader.Long(row("endedCount"), "endedCount"));
    }

    private static DesignationChange Change(object? item)
    {
        var map = RecordReader.Map(item, "change");
        var sanction = RecordReader.Sanction(map.GetValueOrDefault("sanction"));
        return RecordReader.Long(map.GetValueOrDefault("kind"), "change kind") == 0
            ? new DesignationChange(ChangeKind.Added, sanction.FirstSeen ?? sanction.ListedOn!.Value, sanction)
            : new DesignationChange(ChangeKind.Ended, sanction.EndedOn!.Value, sanction);
    }

    /// <summary>The ids of the entities an authority filter names by id, name or alias; null when there is no filter.</summary>
    private async Task<List<string>?> AuthorityIds(string? authority, CancellationToken cancellationToken)
    {
        if (authority is null) return null;
        var result = await Read(EntityStatements.IdsByKey, new() { ["key"] = GraphModel.Key(authority.Trim()) }, cancellationToken);
        return [.. RecordReader.Rows(result).Select(row => RecordReader.String(row("id"), "entity id")).Distinct(StringComparer.Ordinal)];
    }

    private static string? Day(DateOnly? day) => day is { } value ? GraphModel.Day(value) : null;
}
