namespace Graph.Import.Reading;

/// <summary>
/// A reader that can hand out what it reads in parts, in the input's order, as it reads: the runner can then write
/// a part while the next is read, holding only what it must remember of the parts before. Joined, the parts are
/// what <see cref="IDesignationReader.ReadAsync"/> returns.
/// </summary>
public interface IPartedDesignationReader : IDesignationReader
{
    /// <summary>Reads the source a part at a time; bad input becomes each part's <see cref="ParsedInput.Rejected"/>, never an exception.</summary>
    /// <param name="source">What to read.</param>
    /// <param name="published">The day the input was published (a list's publication, else the day of the import).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    IAsyncEnumerable<ParsedInput> ReadPartsAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken);
}
