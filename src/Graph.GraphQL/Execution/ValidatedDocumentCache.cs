using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Keeps the parsed form of documents that passed validation, keyed by their text. GraphQL.NET skips parsing for
/// a supplied document and runs only <see cref="ExecutionOptions.CachedDocumentValidationRules"/> (none) on it,
/// so a repeated query, the common case for scripts and embeds, costs neither a parse nor a validation.
/// Variables still go through coercion on every request.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    private const int MaxEntries = 10_000;
    private const int MaxQueryLength = 16_384;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        var cacheable = options.Document is null && query is { Length: > 0 and <= MaxQueryLength };
        if (cacheable && _documents.TryGetValue(query!, out var cached))
        {
            options.Document = cached;
            // GraphQL.NET 8.8.5 still runs the full rule set on a supplied document unless told otherwise.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }
        var result = await next(options);
        if (cacheable && result.Executed && result.Document is { } document)
        {
            // A crude bound: a service that sees this many distinct documents is not served by a cache anyway.
            if (_documents.Count >= MaxEntries) _documents.Clear();
            _documents.TryAdd(query!, document);
        }
        return result;
    }
}
