using Microsoft.Extensions.Primitives;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// Version 0.2's endpoint, <c>/reconcile</c>: the manifest on a GET without parameters; a batch in <c>queries</c>, or a
/// single query in <c>query</c> (a JSON object or the bare name, as 0.1 clients send it), from a POSTed form or the
/// query string. GETs answer JSONP when given <c>callback</c>.
/// </summary>
internal static class Reconcile02Endpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var isPost = HttpMethods.IsPost(context.Request.Method);
        IReadOnlyDictionary<string, StringValues>? fields = isPost ? await MatchingBody.ReadFormAsync(context) : context.Request.Query.ToDictionary();
        if (fields is null) return;
        var batch = Single(fields, "queries");
        var one = Single(fields, "query");
        if (batch is null && one is null)
        {
            if (isPost)
            {
                await MatchingErrors.BadInputAsync(context, """queries: give a batch of queries as a form field, e.g. queries={"q0": {"query": "Sadio Camara"}}.""");
                return;
            }
            await ReconcileAnswers.WriteAsync(context, ReconcileManifests.Version02(ReconcileManifests.BaseUrl(context)), ReconcileJsonContext.Default.Manifest02Json, allowJsonp: true);
            return;
        }
        if (batch is not null) await BatchAsync(context, batch, allowJsonp: !isPost);
        else await OneAsync(context, one!, allowJsonp: !isPost);
    }

    private static async Task BatchAsync(HttpContext context, string text, bool allowJsonp)
    {
        if (!MatchingBody.TryParseJson(text, "queries", out var document, out var problem))
        {
            await MatchingErrors.BadInputAsync(context, problem!);
            return;
        }
        using (document)
        {
            var queries = Reconcile02QueryReader.ReadBatch(document.RootElement, out problem);
            if (queries is null)
            {
                await MatchingErrors.BadInputAsync(context, problem!);
                return;
            }
            var candidates = await RunAsync(context, [.. queries.Select(q => q.Query)]);
            if (candidates is null) return;
            var result = queries.Select((q, i) => (q.Key, Result: new Reconcile02ResultJson(candidates[i]))).ToDictionary(p => p.Key, p => p.Result, StringComparer.Ordinal);
            await ReconcileAnswers.WriteAsync(context, result, ReconcileJsonContext.Default.DictionaryStringReconcile02ResultJson, allowJsonp);
        }
    }

    private static async Task OneAsync(HttpContext context, string text, bool allowJsonp)
    {
        ReconcileQuery? query;
        string? problem;
        if (text.TrimStart().StartsWith('{'))
        {
            if (!MatchingBody.TryParseJson(text, "query", out var document, out problem))
            {
                await MatchingErrors.BadInputAsync(context, problem!);
                return;
            }
            using (document) query = Reconcile02QueryReader.ReadQuery(document.RootElement, "query", out problem);
        }
        else query = Reconcile02QueryReader.ReadName(text, "query", out problem);
        if (query is null)
        {
            await MatchingErrors.BadInputAsync(context, problem!);
            return;
        }
        var candidates = await RunAsync(context, [query]);
        if (candidates is not null) await ReconcileAnswers.WriteAsync(context, new Reconcile02ResultJson(candidates[0]), ReconcileJsonContext.Default.Reconcile02ResultJson, allowJsonp);
    }

    private static async Task<IReadOnlyList<IReadOnlyList<ReconcileCandidateJson>>?> RunAsync(HttpContext context, IReadOnlyList<ReconcileQuery> queries)
    {
        var candidates = await context.RequestServices.GetRequiredService<ReconcileMatcher>().RunAsync(queries, context.RequestAborted);
        if (candidates is null) await MatchingErrors.BusyAsync(context);
        return candidates;
    }

    /// <summary>A field's first value, or null when it is absent or blank.</summary>
    private static string? Single(IReadOnlyDictionary<string, StringValues> fields, string name) =>
        fields.TryGetValue(name, out var values) && values.Count >= 1 && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;
}
