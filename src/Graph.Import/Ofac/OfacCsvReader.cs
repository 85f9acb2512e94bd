using FluentValidation;

namespace Graph.Import.Ofac;

/// <summary>
/// Reads one publication of OFAC's legacy SDN CSV (sdn.csv with add.csv, alt.csv and sdn_comments.csv) into
/// entities, their sanctions and the "Linked To" ties between them. A record that breaks a rule is rejected with
/// its file, line and field, and reading goes on, so one pass reports every problem.
/// </summary>
public static class OfacCsvReader
{
    private static readonly SdnRowValidator SdnValidator = new();
    private static readonly AddressRowValidator AddressValidator = new();
    private static readonly AltRowValidator AltValidator = new();
    private static readonly CommentRowValidator CommentValidator = new();

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
        var drafts = entries.Values
            .Select(row => OfacEntryMapper.Draft(row, addresses[row.Number!.Value], alts[row.Number!.Value], comments[row.Number!.Value]))
            .ToList();
        input.Relationships.AddRange(OfacLinkResolver.Resolve(drafts, published));
        foreach (var draft in drafts)
        {
            input.Entities.Add(mapper.Entity(draft));
            input.Sanctions.Add(mapper.Sanction(draft));
        }
        input.Authorities[OfacSource.AuthorityId] = OfacSource.AuthorityName;
        input.Publication = new DatasetPublication(OfacSource.Dataset, published);
        return input;
    }

    /// <summary>The valid sdn.csv rows by entry number, in file order.</summary>
    private static Dictionary<int, SdnRow> Entries(OfacCsvFile file, List<ImportError> rejected)
    {
        var entries = new Dictionary<int, SdnRow>();
        var errors = new List<ImportError>();
        foreach (var row in ValidRows(file, OfacColumns.Sdn, r => new SdnRow(r), SdnValidator, errors))
        {
            if (entries.TryGetValue(row.Number!.Value, out var first))
            {
                errors.Add(new ImportError(file.Name, row.Record.Line, "ent_num",
                    $"the entry number {row.Number} is already used on line {first.Record.Line}."));
            }
            else entries.Add(row.Number!.Value, row);
        }
        rejected.AddRange(errors.OrderBy(e => e.Line));
        return entries;
    }

    /// <summary>The valid rows of a companion file by entry number; a row for an entry sdn.csv lacks is rejected.</summary>
    private static ILookup<int, T> Companions<T>(OfacCsvFile? file, IReadOnlyList<string> columns, Func<OfacCsvRecord, T> row,
        IValidator<T> validator, Dictionary<int, SdnRow> entries, List<ImportError> rejected)
        where T : OfacRow
    {
        if (file is null) return Array.Empty<T>().ToLookup(r => 0);
        var errors = new List<ImportError>();
        var rows = new List<T>();
        foreach (var valid in ValidRows(file, columns, row, validator, errors))
        {
            if (entries.ContainsKey(valid.Number!.Value)) rows.Add(valid);
            else errors.Add(new ImportError(file.Name, valid.Record.Line, "ent_num", $"no row of sdn.csv has the entry number {valid.Number}."));
        }
        rejected.AddRange(errors.OrderBy(e => e.Line));
        return rows.ToLookup(r => r.Number!.Value);
    }

    private static IEnumerable<T> ValidRows<T>(OfacCsvFile file, IReadOnlyList<string> columns, Func<OfacCsvRecord, T> row,
        IValidator<T> validator, List<ImportError> errors)
    {
        foreach (var record in OfacCsvRecordReader.ReadAll(file, columns, errors))
        {
            var candidate = row(record);
            var failures = validator.Validate(candidate).Errors;
            if (failures.Count == 0)
            {
                yield return candidate;
                continue;
            }
            errors.AddRange(failures.Select(f => new ImportError(file.Name, record.Line, f.PropertyName, f.ErrorMessage)));
        }
    }
}
