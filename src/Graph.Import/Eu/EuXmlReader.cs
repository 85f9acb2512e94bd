using System.Xml;
using Graph.Import.Reading;

namespace Graph.Import.Eu;

/// <summary>
/// Reads one publication of the EU Financial Sanctions Files XML (root <c>export</c>, one <c>sanctionEntity</c> per
/// listed person or enterprise), streamed one entry at a time, into entities and their sanctions by the European
/// Union. A bad entry is rejected with its file, line and field, and reading goes on; a file that is not well-formed
/// XML, has another root or holds no entry is one rejection and yields nothing else.
/// </summary>
public sealed class EuXmlReader : IDesignationReader
{
    /// <summary>Reads the file <see cref="XmlFiles.Locate"/> finds, or text.</summary>
    /// <param name="source">What to read.</param>
    /// <param name="published">The day of the publication when the file's generationDate gives none.</param>
    /// <param name="cancellationToken">Stops the reading between entries.</param>
    /// <exception cref="ImportFailedException">There is no such file, or not exactly one .xml file to read (<see cref="XmlFiles.Locate"/>).</exception>
    public Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken)
    {
        using var file = source switch
        {
            TextSource text => EuXmlFile.FromText(text.FileName, text.Content),
            _ => EuXmlFile.Open(XmlFiles.Locate(source, "EU XML")),
        };
        return Task.FromResult(Read(file, published, cancellationToken));
    }

    private static ParsedInput Read(EuXmlFile file, DateOnly published, CancellationToken cancellationToken)
    {
        var input = new ParsedInput();
        try
        {
            if (file.ReadRoot(out var root) is { } wrongRoot)
            {
                input.Rejected.Add(wrongRoot);
                return input;
            }
            var day = PublicationDay(root, published, file.Name, input.Rejected);
            var mapper = new EuEntryMapper(day);
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            var entries = 0;
            while (file.Next() is { } entry)
            {
                cancellationToken.ThrowIfCancellationRequested();
                entries++;
                var errors = EuEntryRules.Check(entry, file.Name);
                var id = entry.Attribute("logicalId")!;
                if (errors.Count == 0 && lines.TryGetValue(id, out var first))
                {
                    errors.Add(new ImportError(file.Name, entry.LineOf("logicalId"), "logicalId", $"the logicalId {id} is already used on line {first}."));
                }
                if (errors.Count > 0)
                {
                    input.Rejected.AddRange(errors);
                    continue;
                }
                lines[id] = entry.Line;
                input.Entities.Add(mapper.Entity(entry));
                input.Add(mapper.Sanction(entry), new RecordOrigin(file.Name, entry.Line));
            }
            if (entries == 0)
            {
                return Only(new ImportError(file.Name, root.Line, "sanctionEntity", "the file holds no sanctionEntity, so it is no publication of the list."), input);
            }
            input.Authorities[EuSource.AuthorityId] = EuSource.AuthorityName;
            input.Publication = new DatasetPublication(EuSource.Dataset, day);
            return input;
        }
        catch (XmlException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : file.Line > 0 ? file.Line : file.DoctypeLine();
            return Only(new ImportError(file.Name, line, "(xml)", $"the file is not well-formed XML: {e.Message}"), input);
        }
    }

    /// <summary>
    /// The rejections found so far and <paramref name="error"/>, and nothing else: a file that cannot be read to its
    /// end is no complete publication, so none of its entries is imported and nothing is delisted.
    /// </summary>
    private static ParsedInput Only(ImportError error, ParsedInput read)
    {
        var input = new ParsedInput();
        input.Rejected.AddRange(read.Rejected);
        input.Rejected.Add(error);
        return input;
    }

    /// <summary>The day of the root's generationDate ("2025-11-21T17:00:34.049+01:00" is 2025-11-21), else <paramref name="published"/>.</summary>
    private static DateOnly PublicationDay(EuNode root, DateOnly published, string file, List<ImportError> rejected)
    {
        if (root.Attribute("generationDate") is not { } text) return published;
        if (EuDates.Generated(text) is { } day) return day;
        rejected.Add(new ImportError(file, root.LineOf("generationDate"), "generationDate", $"'{text}' is not a date and time such as 2025-11-21T17:00:34.049+01:00."));
        return published;
    }
}
