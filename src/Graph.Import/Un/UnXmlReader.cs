using System.Xml;
using Graph.Import.Reading;

namespace Graph.Import.Un;

/// <summary>
/// Reads one publication of the UN Security Council Consolidated List XML (CONSOLIDATED_LIST, with its INDIVIDUALS
/// and ENTITIES) into entities and one sanction each by the Security Council, streaming it entry by entry. The
/// publication is of the day of the root's dateGenerated, else of the day the import names. A bad entry is rejected
/// by file, line and element, and reading goes on. A file that is not well formed is rejected where it breaks, and is
/// no complete publication: what it lacks is not delisted.
/// </summary>
public sealed class UnXmlReader : IDesignationReader
{
    /// <summary>Reads the file <see cref="XmlFiles.Locate"/> finds, or the text of the list.</summary>
    /// <exception cref="ImportFailedException">There is no such file, or not exactly one .xml file to read (<see cref="XmlFiles.Locate"/>).</exception>
    public Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken)
    {
        var (name, xml) = source switch
        {
            TextSource text => (text.FileName, XmlReader.Create(new StringReader(text.Content), SafeXml.Settings)),
            _ => Open(XmlFiles.Locate(source, "UN list")),
        };
        using (xml) return Task.FromResult(Read(name, xml, published, cancellationToken));
    }

    /// <summary>Reads the list from <paramref name="xml"/> (made with <see cref="SafeXml.Settings"/>), named <paramref name="file"/> in errors.</summary>
    private static ParsedInput Read(string file, XmlReader xml, DateOnly published, CancellationToken cancellationToken = default)
    {
        var input = new ParsedInput();
        var stream = new UnListStream(file, xml, input.Rejected);
        var firstLines = new Dictionary<int, int>();
        UnEntryMapper? mapper = null;
        foreach (var entry in stream.Entries())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var day = stream.Generated ?? published;
            mapper ??= new UnEntryMapper(day);
            var line = UnText.LineOf(entry);
            var problems = new UnProblems(file);
            if (UnEntryMapper.DataIdOf(entry, problems) is { } dataId)
            {
                if (firstLines.TryGetValue(dataId, out var first))
                {
                    problems.Add(entry.Element("DATAID")!, "DATAID", $"the DATAID {dataId} is already used by the entry on line {first}.");
                }
                else
                {
                    firstLines.Add(dataId, line);
                    if (mapper.Map(entry, dataId, problems) is var (entity, sanction))
                    {
                        input.Entities.Add(entity);
                        input.Add(sanction, new RecordOrigin(file, line));
                    }
                }
            }
            input.Rejected.AddRange(problems.Errors);
        }
        if (stream.Complete && firstLines.Count == 0 && input.Rejected.Count == 0)
        {
            input.Rejected.Add(new ImportError(file, stream.RootLine, UnListStream.Root, "holds no INDIVIDUAL and no ENTITY: there is nothing to import."));
        }
        input.Authorities[UnSource.AuthorityId] = UnSource.AuthorityName;
        if (stream.Complete) input.Publication = new DatasetPublication(UnSource.Dataset, stream.Generated ?? published);
        return input;
    }

    private static (string Name, XmlReader Xml) Open(string file) => (file, XmlReader.Create(File.OpenRead(file), SafeXml.Settings));
}
