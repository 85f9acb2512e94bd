using FluentValidation;
using Graph.Import.Reading;

namespace Graph.Import.Ofac;

/// <summary>
/// Reads one publication of OFAC's legacy SDN CSV (sdn.csv with add.csv, alt.csv and sdn_comments.csv) into
/// entities, their sanctions and the "Linked To" ties between them. A record that breaks a rule is rejected with
/// its file, line and field, and reading goes on, so one pass reports every problem.
/// </summary>
public sealed class OfacCsvReader : IDesignationReader
{
    private static readonly SdnRowValidator SdnValidator = new();
    private static readonly AddressRowValidator AddressValidator = new();
    private static readonly AltRowValidator AltValidator = new();
    private static readonly CommentRowValidator CommentValidator = new();

    /// <summary>Reads sdn.csv or its folder, the files of an upload, or the text of sdn.csv alone.</summary>
    /// <exception cref="ImportFailedException">There is no sdn.csv to read.</exception>
    public Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken)
    {
        using var files = source switch
        {
            TextSource text => new OfacCsvFiles(new OfacCsvFile(text.FileName, new StringReader(text.Content))),
            PathSource path => OfacCsvFiles.Open(path.Path),
            UploadSource upload => OfacCsvFiles.Open(upload.Folder),
            _ => throw new ArgumentException($"The OFAC CSV reader cannot read a {source.GetType().Name}.", nameof(source)),
        };
        return Task.FromResult(Read(files, published));
    }

    /// <summary>Reads the files of the publication of <paramref name="published"/>; the caller keeps and disposes them.</summary>
    public static ParsedInput Read(OfacCsvFiles files, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(files);
        var input = new ParsedInput();
        var entries = Entries(files.Sdn, input.Rejected);
        var addresses = Companions(files.Add, OfacColumns.Add, r => new AddressRow(r), AddressValidator, entries, input.Rejected);
        var alts = Companions(files.Alt, OfacColumns.Alt, r => new AltRow(r), AltValidator, entries, input.Rejected);
        var comments = Companions(files.Comments, OfacColumns.Comments, r => new CommentRow(r), CommentValidator, entries, input.Rejected);

        var mapper = new OfacEntryMapper(published);
        var drafts = entries.Valid.Values
            .Select(row => OfacEntryMapper.Draft(row, addresses[row.Number!.Value], alts[row.Number!.Value], comments[row.Number!.Value]))
            .ToList();
        RecordOrigin OriginOf(OfacDraft draft) => new(files.Sdn.Name, draft.Row.Record.Line);
        foreach (var (relationship, draft) in OfacLinkResolver.Resolve(drafts, published)) input.Add(relationship, OriginOf(draft));
        foreach (var draft in drafts)
        {
            input.Entities.Add(mapper.Entity(draft));
            input.Add(mapper.Sanction(draft), OriginOf(draft));
        }
        input.Authorities[OfacSource.AuthorityId] = OfacSource.AuthorityName;
        input.Publication = new DatasetPublication(OfacSource.Dataset, published);
        return input;
    }

    /// <summary>The valid sdn.csv rows by entry number, in file order, and the numbers of the rows that were rejected.</summary>
    private static (Dictionary<int, SdnRow> Valid, HashSet<int> Rejected) Entries(OfacCsvFile file, List<ImportError> rejected)
    {
        var entries = new Dictionary<int, SdnRow>();
        var rejectedNumbers = new HashSet<int>();
        var errors = new List<ImportError>();
        foreach (var (row, valid) in Rows(file, OfacColumns.Sdn, r => new SdnRow(r), SdnValidator, errors))
        {
            if (!valid)
            {
                if (row.Number is { } number) rejectedNumbers.Add(number);
            }
            else if (entries.TryGetValue(row.Number!.Value, out var first))
            {
                errors.Add(new ImportError(file.Name, row.Record.Line, "ent_num",
                    $"the entry number {row.Number} is already used on line {first.Record.Line}."));
            }
            else entries.Add(row.Number!.Value, row);
        }
        rejected.AddRange(errors.OrderBy(e => e.Line));
        rejectedNumbers.ExceptWith(entries.Keys);
        return (entries, rejectedNumbers);
    }

    /// <summary>The valid rows of a companion file by entry number; a row for an entry sdn.csv lacks is rejected.</summary>
    private static ILookup<int, T> Companions<T>(OfacCsvFile? file, IReadOnlyList<string> columns, Func<OfacCsvRecord, T> row,
        OfacRowValidator<T> validator, (Dictionary<int, SdnRow> Valid, HashSet<int> Rejected) entries, List<ImportError> rejected)
        where T : OfacRow
    {
        if (file is null) return Array.Empty<T>().ToLookup(r => 0);
        var errors = new List<ImportError>();
        var rows = new List<T>();
        foreach (var (candidate, valid) in Rows(file, columns, row, validator, errors))
        {
            if (!valid) continue;
            var number = candidate.Number!.Value;
            if (entries.Valid.ContainsKey(number)) rows.Add(candidate);
            else errors.Add(new ImportError(file.Name, candidate.Record.Line, "ent_num", entries.Rejected.Contains(number)
                ? $"the sdn.csv row of entry number {number} was rejected, so this row has nothing to belong to."
                : $"no row of sdn.csv has the entry number {number}."));
        }
        rejected.AddRange(errors.OrderBy(e => e.Line));
        return rows.ToLookup(r => r.Number!.Value);
    }

    /// <summary>Every record of the file as a row, and whether it passed its validator; failures go to <paramref name="errors"/>.</summary>
    private static IEnumerable<(T Row, bool Valid)> Rows<T>(OfacCsvFile file, IReadOnlyList<string> columns, Func<OfacCsvRecord, T> row,
        OfacRowValidator<T> validator, List<ImportError> errors)
        where T : OfacRow
    {
        foreach (var record in OfacCsvRecordReader.ReadAll(file, columns, errors))
        {
            var candidate = row(record);
            if (validator.Passes(candidate))
            {
                yield return (candidate, true);
                continue;
            }
            var failures = validator.Validate(candidate).Errors;
            errors.AddRange(failures.Select(f => new ImportError(file.Name, record.Line, f.PropertyName, f.ErrorMessage)));
            yield return (candidate, failures.Count == 0);
        }
    }
}
