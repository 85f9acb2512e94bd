using System.Globalization;
using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>
/// The one source an FtM record gets when its line carries no "sources" of its own (as lines of this graph's own
/// export do, see <see cref="FtmWriter"/>): the export and datasets it came from, its sourceUrl, and as the quote the
/// file and line that hold it. The line itself is not copied: every value of it is in the record already, and a
/// bulk export would store each of its bytes twice.
/// </summary>
internal sealed class FtmSources(string fileName)
{
    private const string Title = "FollowTheMoney export";

    // Uploads and temporary folders are not part of where a record came from; the file's own name is.
    private readonly string _file = Path.GetFileName(fileName);

    // Most lines name one dataset; their titles are built once.
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);

    public Source For(FtmRecord record) => new(
        TitleOf(record.Datasets),
        record.First("sourceUrl"),
        record.Datasets.Count > 0 ? "OpenSanctions" : null,
        FtmDates.ParseOrNull(record.LastChange ?? record.LastSeen),
        string.Create(CultureInfo.InvariantCulture, $"{_file}, line {record.Line}"));

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
