namespace Graph.Import.Reading;

/// <summary>
/// Reads one format. A reader never touches the store: it turns the source into records, each with the file and line
/// it came from, and rejects what breaks the format's rules by file, line and field, reading on so that one pass finds
/// every problem. References between records, authorities and the comparison with the store are the runner's.
/// </summary>
public interface IDesignationReader
{
    /// <summary>Reads the source; bad input becomes <see cref="ParsedInput.Rejected"/>, never an exception.</summary>
    /// <param name="source">What to read.</param>
    /// <param name="published">The day the input was published (a list's publication, else the day of the import).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken);
}
