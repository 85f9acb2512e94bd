using Graph.Api.Errors;
using Graph.Api.Playground;
using Graph.Api.Security;
using Graph.Domain.Store;
using Graph.GraphQL;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST for every operation, GET for queries, content negotiation between
/// application/graphql-response+json and application/json, and a 4xx rather than a 500 for any bad request.
/// Bodies are read up to <c>Limits:MaxGraphQLBodyBytes</c> (413 beyond), executions are bounded by
/// <see cref="GraphQLConcurrencyGate"/> (503 BUSY beyond), and the status follows <see cref="GraphQLAnswer"/>.
/// A browser that asks for HTML gets the playground instead.
/// </summary>
internal static class GraphQLEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern) =>
        app.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithMetadata(GraphQLErrorShape.Instance)
            .RequireCors(CorsSetup.GraphQLReadsPolicy);

    private static async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && MediaTypes.WantsHtml(request) && !request.Query.ContainsKey("query"))
        {
            await PlaygroundPage.WriteAsync(context);
            return;
        }
        var mediaType = MediaTypes.Negotiate(request);
        if (mediaType is null)
        {
            await GraphQLProblem.WriteAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json, GraphQLErrorCodes.BadRequest, "Accept application/graphql-response+json or application/json.");
            return;
        }
        if (HttpMethods.IsPost(request.Method) && !MediaTypes.IsJsonBody(request))
        {
            await BadRequest(context, StatusCodes.Status415UnsupportedMediaType, mediaType, "Send the request body as application/json.");
            return;
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<HttpLimitsOptions>>().Value;
        using var body = HttpMethods.IsPost(request.Method) ? await GraphQLRequestBody.ReadAsync(request, limits.MaxGraphQLBodyBytes, context.RequestAborted) : null;
        if (HttpMethods.IsPost(request.Method) && body is null)
        {
            await GraphQLProblem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, mediaType, GraphQLErrorCodes.RequestTooLarge,
                $"The request body is larger than {limits.MaxGraphQLBodyBytes} bytes (Limits:MaxGraphQLBodyBytes).");
            return;
        }
        var cache = context.RequestServices.GetRequiredService<GraphQLResponseCache>();
        var cacheKey = CacheKey(request, mediaType, body);
        var stamp = cacheKey is null ? 0 : await context.RequestServices.GetRequiredService<IGraphStore>().GetChangeStampAsync(context.RequestAborted);
        if (cacheKey is not null && cache.TryGet(cacheKey, stamp, out var cached))
        {
            context.Response.StatusCode = cached.Status;
            context.Response.ContentType = cached.ContentType;
            await context.Response.Body.WriteAsync(cached.Body, context.RequestAborted);
            return;
        }
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLRequest graphQLRequest;
        try
        {
            graphQLRequest = body is null
                ? GraphQLHttpRequest.FromQueryString(request.Query, serializer)
                : await GraphQLHttpRequest.FromBodyAsync(body, serializer, context.RequestAborted);
        }
        catch (Exception e) when (e is BadGraphQLRequestException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            await BadRequest(context, StatusCodes.Status400BadRequest, mediaType, e.Message);
            return;
        }
        if (string.IsNullOrWhiteSpace(graphQLRequest.Query))
        {
            await BadRequest(context, StatusCodes.Status400BadRequest, mediaType, "The request has no 'query'.");
            return;
        }
        if (HttpMethods.IsGet(request.Method) && IsMutation(graphQLRequest))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await BadRequest(context, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations must be sent with POST.");
            return;
        }

        using var slot = await context.RequestServices.GetRequiredService<GraphQLConcurrencyGate>().EnterAsync(context.RequestAborted);
        if (!slot.IsAcquired)
        {
            await GraphQLProblem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, mediaType, GraphQLErrorCodes.Busy,
                "Too many requests are in flight; try again shortly.", GraphQLConcurrencyGate.RetryAfter);
            return;
        }
        var executed = await ExecuteAsync(context, graphQLRequest);
        LogFaults(context, executed);
        var answer = GraphQLAnswer.Of(executed, mediaType);
        var result = answer.Result;
        if (cacheKey is null || result.Operation?.Operation != OperationType.Query
            || result.Errors is { Count: > 0 } || !result.Executed)
        {
            await GraphQLProblem.WriteAsync(context, answer, mediaType);
            return;
        }
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, context.RequestAborted);
        var bytes = buffer.ToArray();
        var contentType = $"{mediaType}; charset=utf-8";
        cache.Add(cacheKey, new GraphQLResponseCache.Entry(stamp, answer.Status, contentType, bytes));
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request) =>
        context.RequestServices.GetRequiredService<IDocumentExecuter<GraphSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });

    /// <summary>
    /// A resolver's exception becomes an error in the result, with a message that says nothing; the exception
    /// itself is logged here as the fault it is. A busy store and a cancellation are answers, not faults.
    /// </summary>
    private static void LogFaults(HttpContext context, ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            if (error.InnerException is not { } exception || exception is OperationCanceledException || StoreBusy.In(exception) is not null) continue;
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint))
                .LogError(exception, "GraphQL field {FieldPath} failed: {Message}", string.Join('.', error.Path ?? []), error.Message);
        }
    }

    /// <summary>The key of an anonymous, small request: the response type plus the exact query string or body.</summary>
    private static string? CacheKey(HttpRequest request, string mediaType, MemoryStream? body)
    {
        if (request.Headers.Authorization.Count > 0) return null;
        if (body is null)
        {
            return request.QueryString.Value is { Length: <= GraphQLResponseCache.MaxRequestBytes } query ? $"{mediaType}\nGET\n{query}" : null;
        }
        if (body.Length > GraphQLResponseCache.MaxRequestBytes) return null;
        return $"{mediaType}\nPOST\n{System.Text.Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length)}";
    }

    /// <summary>True when the operation that would run is a mutation; parse errors are left to the executer.</summary>
    private static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            var document = Parser.Parse(request.Query!);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var operation = request.OperationName is { } name
                ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
                : operations.Count == 1 ? operations[0] : null;
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    private static Task BadRequest(HttpContext context, int status, string mediaType, string message) =>
        GraphQLProblem.WriteAsync(context, status, mediaType, GraphQLErrorCodes.BadRequest, message);
}
