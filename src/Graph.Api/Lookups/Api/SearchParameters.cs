using System.Globalization;
using Graph.Api.Errors;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Api.Lookups.Api;

/// <summary>
/// The parameters of <c>GET /api/search</c>, checked as GraphQL's <c>search</c> field checks its arguments: <c>q</c>
/// (required, at most <see cref="SearchQuery.MaxTextLength"/> characters and <see cref="SearchQuery.MaxWords"/>
/// distinct words), <c>kind</c> (GraphQL <c>EntityKind</c> values, repeated or comma-separated), <c>limit</c>
/// (1 to <see cref="SearchQuery.MaxLimit"/>, 10 when absent) and <c>asOf</c>.
/// </summary>
internal sealed record SearchParameters(string Text, IReadOnlyList<EntityKind> Kinds, int Limit, DateOnly? AsOf)
{
    public const int DefaultLimit = 10;

    public static bool TryRead(HttpRequest request, out SearchParameters parameters, out string? problem)
    {
        parameters = null!;
        if (!LookupQuery.TryReadAsOf(request, out var asOf, out problem)) return false;
        var query = request.Query;
        var textProblem = LookupQuery.TryReadSearchText(request, out var text, out var badText) ? null : badText;
        textProblem ??= text.Length == 0 ? "q: give the words to look for, e.g. q=Sadio Camara." : null;
        var kindProblem = ReadKinds(query["kind"], out var kinds);
        var limitProblem = ReadLimit(query["limit"], out var limit);
        problem = textProblem ?? kindProblem ?? limitProblem;
        if (problem is not null) return false;
        parameters = new SearchParameters(text, kinds, limit, asOf);
        return true;
    }

    /// <summary>The query for the store, bounded as it requires.</summary>
    public SearchQuery Query => new(Text, Kinds, Limit);

    private static string? ReadKinds(Microsoft.Extensions.Primitives.StringValues values, out IReadOnlyList<EntityKind> kinds)
    {
        var read = new SortedSet<EntityKind>();
        kinds = [];
        foreach (var value in values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!GraphQLKinds.TryParse(value, out var kind))
            {
                return $"kind: '{MessageText.Shorten(value, 40)}' is not an entity kind; give one or more of {string.Join(", ", GraphQLKinds.All)}, e.g. kind=PERSON,COMPANY.";
            }
            read.Add(kind);
        }
        kinds = [.. read];
        return null;
    }

    private static string? ReadLimit(Microsoft.Extensions.Primitives.StringValues values, out int limit)
    {
        limit = DefaultLimit;
        if (values.Count == 0) return null;
        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= SearchQuery.MaxLimit) return null;
        return $"limit: give how many results to return once, a whole number from 1 to {SearchQuery.MaxLimit}.";
    }
}
