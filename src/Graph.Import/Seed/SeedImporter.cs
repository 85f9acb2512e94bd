using FluentValidation;
using Graph.Domain.Store;

namespace Graph.Import.Seed;

/// <summary>
/// Reads the project's own seed format (docs/seed-format.md): a YAML file, or a folder of them read as one
/// unit, checked completely before anything is written.
/// </summary>
public static class SeedImporter
{
    private static readonly SeedDocumentValidator DocumentValidator = new();
    private static readonly SeedEntityValidator EntityValidator = new();
    private static readonly SeedSanctionValidator SanctionValidator = new();
    private static readonly SeedRelationshipValidator RelationshipValidator = new();

    /// <summary>
    /// Reads and validates a seed file or folder into a batch. References may point at entities already in
    /// <paramref name="store"/>. Throws <see cref="ImportFailedException"/> listing every problem by file, line and field.
    /// </summary>
    public static Task<GraphBatch> ReadAsync(string path, IGraphStore store, CancellationToken cancellationToken = default) =>
        ReadAsync(Files(path).Select(file => (Path.GetRelativePath(Directory.GetCurrentDirectory(), file), (Opener)((name, errors) => SeedText.Open(file, name, errors)))),
            store, cancellationToken);

    /// <summary>Reads seed YAML given as text, e.g. the content of a GraphQL mutation, named <paramref name="name"/> in errors.</summary>
    public static Task<GraphBatch> ReadTextAsync(string name, string yaml, IGraphStore store, CancellationToken cancellationToken = default) =>
        ReadAsync([(name, (file, errors) => SeedText.Checked(yaml, file, errors))], store, cancellationToken);

    /// <summary>Opens a file's text, or adds why it cannot be read to the errors and gives null.</summary>
    private delegate TextReader? Opener(string name, List<ImportError> errors);

    private static async Task<GraphBatch> ReadAsync(IEnumerable<(string Name, Opener Open)> files, IGraphStore store, CancellationToken cancellationToken)
    {
        var set = new SeedSet();
        foreach (var (name, open) in files)
        {
            using var text = open(name, set.Errors);
            if (text is not null) SeedFileParser.Parse(name, text, set);
        }
        Validate(set, DocumentValidator, set.Documents, d => d.Origin);
        Validate(set, EntityValidator, set.Entities, e => e.Origin);
        Validate(set, SanctionValidator, set.Sanctions, s => s.Origin);
        Validate(set, RelationshipValidator, set.Relationships, r => r.Origin);
        var referenced = set.Sanctions.SelectMany(s => new[] { s.Authority, s.Target })
            .Concat(set.Relationships.SelectMany(r => new[] { r.From, r.To }))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var existing = referenced.Count == 0 ? [] : (await store.GetEntitiesAsync(referenced, cancellationToken)).Keys;
        set.Errors.AddRange(SeedReferenceChecker.Check(set, existing.ToHashSet(StringComparer.Ordinal)));
        if (set.Errors.Count > 0)
        {
            throw new ImportFailedException([.. set.Errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
        }
        return SeedMapper.ToBatch(set);
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

    private static void Validate<T>(SeedSet set, IValidator<T> validator, IEnumerable<T> records, Func<T, SeedOrigin> origin)
    {
        foreach (var record in records)
        {
            foreach (var failure in validator.Validate(record).Errors)
            {
                var field = CamelPath(failure.PropertyName);
                set.Errors.Add(new ImportError(origin(record).File, origin(record).LineOf(field), field, failure.ErrorMessage));
            }
        }
    }

    /// <summary>"Sources[0].Quote" becomes "sources[0].quote", the way the YAML spells it.</summary>
    private static string CamelPath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
