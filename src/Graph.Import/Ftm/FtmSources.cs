using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>The one source every FtM record gets: the export it came from, with its line as the quote.</summary>
internal sealed class FtmSources
{
    private const string Title = "FollowTheMoney export";

    // Most lines name one dataset; their titles are built once.
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);

    public Source For(FtmRecord record) => new(
        TitleOf(record.Datasets),
        record.First("sourceUrl"),
        record.Datasets.Count > 0 ? "OpenSanctions" : null,
        FtmDates.ParseOrNull(record.LastChange ?? record.LastSeen),
        record.Text);

    private string TitleOf(IReadOnlyList<string> datasets)
    {
        if (datasets.Count == 0) return Title;
        if (datasets.Count > 1) return $"{Title} (OpenSanctions: {string.Join(", ", datasets)})";
        if (!_titles.TryGetValue(datasets[0], out var title))
        {
            title = $"{Title} (OpenSanctions: {datasets[0]})";
            _titles[datasets[0]] = title;
        }
        return title;
    }
}
