namespace Graph.Api.Http;

/// <summary>
/// Endpoint metadata: errors of this endpoint, including those the exception handler answers, are written as a
/// GraphQL result (<c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>) rather than <c>{"error":…,"message":…}</c>.
/// </summary>
internal sealed class GraphQLErrorShape
{
    public static readonly GraphQLErrorShape Instance = new();

    private GraphQLErrorShape()
    {
    }
}
