using FluentValidation;
using Graph.Import.Reading;

namespace Graph.Import.Seed;

/// <summary>
/// Reads the project's own seed format (docs/seed-format.md): a YAML file, or a folder of them read as one unit.
/// Every record is checked; those that break a rule are rejected by file, line and field, and the others are read.
/// </summary>
public sealed class SeedReader : IDesignationReader
{
    private static readonly SeedDocumentValidator DocumentValidator = new();
    private static readonly SeedEntityValidator EntityValidator = new();
    private static readonly SeedSanctionValidator SanctionValidator = new();
    private static readonly SeedRelationshipValidator RelationshipValidator = new();

    /// <summary>Opens a file's text, or adds why it cannot be read to the errors and gives null.</summary>
    private delegate TextReader? Opener(string name, List<ImportError> errors);

    /// <summary>Reads a file, a folder, an upload's folder or text; a path that holds no seed file is one rejection naming it.</summary>
    public Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken)
    {
        try
        {
            var files = source switch
            {
                TextSource text => [(text.FileName, (file, errors) => SeedText.Checked(text.Content, file, errors))],
                PathSource path => FilesOf(path.Path),
                UploadSource upload => FilesOf(upload.Folder),
                _ => throw new ArgumentException($"The seed reader cannot read a {source.GetType().Name}.", nameof(source)),
            };
            return Task.FromResult(Read(files, cancellationToken));
        }
        catch (ImportFailedException e)
        {
            var parsed = new ParsedInput();
            parsed.Rejected.AddRange(e.Errors);
            return Task.FromResult(parsed);
        }
    }

    private static List<(string Name, Opener Open)> FilesOf(string path) =>
        [.. Files(path).Select(file => (Path.GetRelativePath(Directory.GetCurrentDirectory(), file), (Opener)((name, errors) => SeedText.Open(file, name, errors))))];

    private static ParsedInput Read(IEnumerable<(string Name, Opener Open)> files, CancellationToken cancellationToken)
    {
        var set = new SeedSet();
        foreach (var (name, open) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var text = open(name, set.Errors);
            if (text is not null) SeedFileParser.Parse(name, text, set);
        }
        Validate(set, DocumentValidator, set.Documents, d => d.Origin);
        Validate(set, EntityValidator, set.Entities, e => e.Origin);
        Validate(set, SanctionValidator, set.Sanctions, s => s.Origin);
        Validate(set, RelationshipValidator, set.Relationships, r => r.Origin);
        SeedReferenceChecker.Check(set);
        var parsed = SeedMapper.ToParsed(set);
        parsed.Rejected.AddRange(set.Errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line));
        return parsed;
    }

    private static List<string> Files(string path)
    {
        if (File.Exists(path)) return [Path.GetFullPath(path)];
        if (!Directory.Exists(path))
        {
            throw new ImportFailedException([new ImportError(path, 0, "(path)", "no such file or folder.")]);
        }
        var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0
            ? files
            : throw new ImportFailedException([new ImportError(path, 0, "(path)", "the folder holds no .yaml or .yml seed files.")]);
    }

    private static void Validate<T>(SeedSet set, IValidator<T> validator, IEnumerable<T> records, Func<T, RecordOrigin> origin)
    {
        foreach (var record in records)
        {
            foreach (var failure in validator.Validate(record).Errors)
            {
                set.Reject(origin(record), CamelPath(failure.PropertyName), failure.ErrorMessage);
            }
        }
    }

    /// <summary>"Sources[0].Quote" becomes "sources[0].quote", the way the YAML spells it.</summary>
    private static string CamelPath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
