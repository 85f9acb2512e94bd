using System.Text.Json;
using Graph.Api.Errors;
using Graph.Api.Lookups;
using Graph.Domain.Matching;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Api.Matching.Yente;

/// <summary>
/// <c>POST /match/{dataset}</c>, as OpenSanctions' yente answers it, so that scripts written for yente work unchanged.
/// Every query of the batch asks the matcher for all its scored candidates, which the filters of the query string
/// then narrow: <c>total</c> counts those that reach the threshold, <c>results</c> keeps the best <c>limit</c> of those
/// at or above the cutoff.
/// </summary>
internal static class YenteMatchEndpoint
{
    public static async Task HandleAsync(HttpContext context, string dataset)
    {
        var services = context.RequestServices;
        var cancellationToken = context.RequestAborted;
        if (!YenteParameters.TryRead(context.Request.Query, out var parameters, out var problem))
        {
            await MatchingErrors.BadInputAsync(context, problem!);
            return;
        }
        var store = services.GetRequiredService<IGraphStore>();
        var (known, datasetFilter) = await YenteDatasets.ResolveAsync(store, dataset, cancellationToken);
        if (!known)
        {
            await MatchingErrors.NotFoundAsync(context, $"No such dataset: '{MessageText.Shorten(dataset, 60)}'. Match against every dataset with /match/{YenteDatasets.Default}, or name one an import gave, such as us_ofac_sdn, or {EntityMatcher.SeedDataset}.");
            return;
        }
        using var body = await MatchingBody.ReadJsonAsync(context);
        if (body is null) return;
        var queries = YenteQueryReader.Read(body.RootElement, out problem);
        if (queries is null)
        {
            await MatchingErrors.BadInputAsync(context, problem!);
            return;
        }

        var options = new MatchOptions(MatchOptions.MaxFirst, parameters.Threshold, datasetFilter);
        var hits = await services.GetRequiredService<MatchBatch>().RunAsync([.. queries.Select(q => q.Query)], [.. queries.Select(_ => options)], cancellationToken);
        if (hits is null)
        {
            await MatchingErrors.BusyAsync(context);
            return;
        }
        var hitIds = hits.Where(h => h is not null).SelectMany(h => h!).Select(h => h.Entity.Id).Distinct(StringComparer.Ordinal).ToList();
        var sanctions = (hitIds.Count == 0 ? [] : await store.GetSanctionsTargetingAsync(hitIds, SanctionTiming.Any, cancellationToken)).ToLookup(s => s.TargetId, StringComparer.Ordinal);
        var today = services.GetRequiredService<TimeProvider>().Today();

        var responses = new Dictionary<string, YenteMatchesJson>(StringComparer.Ordinal);
        var kept = new List<MatchHit>();
        for (var i = 0; i < queries.Count; i++)
        {
            var query = queries[i];
            var echo = new YenteExampleJson(query.Id, query.Schema, query.Echo);
            if (query.Problem is not null)
            {
                responses[query.Key] = new YenteMatchesJson(StatusCodes.Status400BadRequest, query.Problem, [], new YenteTotalJson(0), echo);
                continue;
            }
            var candidates = hits[i]!.Where(h => Keeps(parameters, query.Accepts!, h, sanctions[h.Entity.Id], today)).ToList();
            var results = candidates.Where(h => h.Score >= parameters.Cutoff).Take(parameters.Limit).ToList();
            kept.AddRange(results);
            responses[query.Key] = new YenteMatchesJson(StatusCodes.Status200OK, null,
                [.. results.Select(h => YenteEntityMapper.ToJson(h, [.. sanctions[h.Entity.Id]], today))],
                new YenteTotalJson(candidates.Count(h => h.Match)), echo);
        }
        var answer = new YenteMatchResponseJson(responses, YenteEntityMapper.FeatureDocs(kept), parameters.Limit,
            new YenteAlgorithmJson(YenteAlgorithms.Ours, parameters.Algorithm));
        context.Response.Headers["x-batch-size"] = queries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await LookupResponder.WriteAsync(context, LookupAnswer.Json(StatusCodes.Status200OK,
            JsonSerializer.SerializeToUtf8Bytes(answer, YenteJsonContext.Default.YenteMatchResponseJson), CachePolicies.Refused));
    }

    /// <summary>True when the hit passes the query's schema and the request's filters.</summary>
    private static bool Keeps(YenteParameters parameters, FtmSchema schema, MatchHit hit, IEnumerable<Sanction> sanctions, DateOnly today)
    {
        var entity = hit.Entity;
        if (!schema.Accepts.Contains(entity.Kind)) return false;
        if (parameters.ExcludeSchemas.Contains(FtmSchemas.NameOf(entity.Kind))) return false;
        if (parameters.ExcludeEntityIds.Contains(entity.Id)) return false;
        if (parameters.IncludeDatasets.Count > 0 && !hit.Datasets.Any(parameters.IncludeDatasets.Contains)) return false;
        if (hit.Datasets.Any(parameters.ExcludeDatasets.Contains)) return false;
        if (parameters.Topics.Count > 0)
        {
            var topics = entity.Property("topics").Concat(sanctions.Any(s => !s.HadEndedBy(today)) ? [YenteEntityMapper.SanctionTopic] : []);
            if (!topics.Any(parameters.Topics.Contains)) return false;
        }
        return true;
    }
}
