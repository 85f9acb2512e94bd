using Graph.GraphQL;
using Graph.Api.Playground;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Graph.Domain.Store;

namespace Graph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST for every operation, GET for queries, content negotiation between
/// application/graphql-response+json and application/json, and a 4xx rather than a 500 for any bad request.
/// A browser that asks for HTML gets the playground instead.
/// </summary>
internal static class GraphQLEndpoint
{
    /// <summary>The endpoint's own services: the cache of answers to repeated anonymous queries.</summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services) => services.AddSingleton<GraphQLResponseCache>();

    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern) =>
        app.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync);

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
            await Problem(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json, "Accept application/graphql-response+json or application/json.");
            return;
        }
        if (HttpMethods.IsPost(request.Method) && !MediaTypes.IsJsonBody(request))
        {
            await Problem(context, StatusCodes.Status415UnsupportedMediaType, mediaType, "Send the request body as application/json.");
            return;
        }

        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        using var body = HttpMethods.IsPost(request.Method) ? await ReadBodyAsync(request, context.RequestAborted) : null;
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
        GraphQLRequest graphQLRequest;
        try
        {
            graphQLRequest = body is null
                ? GraphQLHttpRequest.FromQueryString(request.Query, serializer)
                : await GraphQLHttpRequest.FromBodyAsync(body, serializer, context.RequestAborted);
        }
        catch (Exception e) when (e is BadGraphQLRequestException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            await Problem(context, StatusCodes.Status400BadRequest, mediaType, e.Message);
            return;
        }
        if (string.IsNullOrWhiteSpace(graphQLRequest.Query))
        {
            await Problem(context, StatusCodes.Status400BadRequest, mediaType, "The request has no 'query'.");
            return;
        }
        if (HttpMethods.IsGet(request.Method) && IsMutation(graphQLRequest))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await Problem(context, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations must be sent with POST.");
            return;
        }

        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<GraphSchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });
        // Under graphql-response+json, a request that never executed (parse, validation or variable errors) is a 400.
        context.Response.StatusCode = mediaType == MediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (cacheKey is null || result.Operation?.Operation != OperationType.Query || result.Errors is { Count: > 0 } || !result.Executed)
        {
            await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
            return;
        }
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, context.RequestAborted);
        var bytes = buffer.ToArray();
        cache.Add(cacheKey, new GraphQLResponseCache.Entry(stamp, context.Response.StatusCode, context.Response.ContentType, bytes));
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>The body, read whole so that a small one can serve as its own cache key.</summary>
    private static async Task<MemoryStream> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>The key of an anonymous, small request: the response type plus the exact query string or body.</summary>
    private static string? CacheKey(HttpRequest request, string mediaType, MemoryStream? body)
    {
        if (request.Headers.Authorization.Count > 0) return null;
        if (body is null) return $"{mediaType}\nGET\n{request.QueryString.Value}";
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

    private static async Task Problem(HttpContext context, int status, string mediaType, string message)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] }, context.RequestAborted);
    }
}
