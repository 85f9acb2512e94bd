using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Keeps the parsed form of documents that passed validation, keyed by their text, within
/// <see cref="QueryLimits.DocumentCacheBytes"/>. GraphQL.NET skips parsing for a supplied document and runs only
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> on it: those rules that depend on the variables,
/// such as the cost rule, so a repeated query costs neither a parse nor a full validation but is priced every time.
/// </summary>
internal sealed class ValidatedDocumentCache(IOptions<QueryLimits> options) : IConfigureExecution
{
    private const int MaxQueryLength = 16_384;

    /// <summary>
    /// What a parsed document holds per character of its text, as measured on GraphQL-Parser 9: the text itself
    /// (2 bytes a character) and its syntax nodes, at most about one 48 to 80-byte node per character for the densest
    /// documents (<c>{a b c …}</c>). Charging the worst case keeps the bound a bound.
    /// </summary>
    internal const int BytesPerCharacter = 96;

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
