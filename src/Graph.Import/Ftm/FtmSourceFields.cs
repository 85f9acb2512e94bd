using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>
/// One element of a line's top-level "sources" list, as the line gives it: the graph's own sources, which
/// <see cref="FtmWriter"/> writes beside the FtM entity because FtM has no field for them. Nothing is checked yet.
/// </summary>
internal sealed record FtmSourceFields(string? Title, string? Url, string? Publisher, string? PublishedOn, string? Quote)
{
    /// <summary>Stands for an element that is not an object, so that the elements after it keep their index.</summary>
    public static readonly FtmSourceFields Unreadable = new(null, null, null, null, null);

    /// <summary>The source, once validated: a title, and a publication date that is absent or a partial date.</summary>
    public Source ToSource() =>
        new(Title!, Url, Publisher, PartialDate.TryParse(PublishedOn, out var date) ? date : null, Quote);
}
