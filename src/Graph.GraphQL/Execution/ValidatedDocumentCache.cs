using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Keeps the parsed form of documents that passed validation, keyed by their text, within
/// <see cref="QueryLimits.DocumentCacheBytes"/>. GraphQL.NET skips parsing for a supplied document and runs only
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> (none) on it, so a repeated query costs neither a parse
/// nor a validation. Variables and arguments are still parsed, and the cost check still prices them, on every request.
/// </summary>
internal sealed class ValidatedDocumentCache(IOptions<QueryLimits> options) : IConfigureExecution
{
    private const int MaxQueryLength = 16_384;

    /// <summary>
    /// What a parsed document holds per character of its text beyond the text itself (charged as the key): GraphQL-Parser 9
    /// allocates 96 bytes a character for the densest documents (<c>{a a a …}</c>), 40 for a typical query and 12 for
    /// the introspection query. Charging the densest case keeps the bound a bound.
    /// </summary>
    internal const int BytesPerCharacter = 100;

    private readonly ByteBoundedCache<GraphQLDocument> _documents = new(options.Value.DocumentCacheBytes);

    public float SortOrder => 200;

    /// <summary>The bytes the kept documents are charged for now.</summary>
    internal long Bytes => _documents.Bytes;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        var cacheable = options.Document is null && query is { Length: > 0 and <= MaxQueryLength };
        if (cacheable && _documents.TryGet(query!, out var cached))
        {
            options.Document = cached;
            // GraphQL.NET 8.8.5 still runs the full rule set on a supplied document unless told otherwise.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }
        var result = await next(options);
        if (cacheable && result.Executed && result.Document is { } document)
        {
            _documents.Set(query!, document, (long)BytesPerCharacter * query!.Length);
        }
        return result;
    }
}
