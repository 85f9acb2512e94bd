using GraphQL;

namespace Graph.GraphQL.Mutations;

/// <summary>Writes need an authenticated caller; the HTTP layer authenticates API keys, the CLI runs as the local owner of the file.</summary>
internal static class WriteAccess
{
    public const string Unauthenticated = "UNAUTHENTICATED";

    public static void Require(IResolveFieldContext context)
    {
        if (context.User?.Identity?.IsAuthenticated == true) return;
        throw new ExecutionError("Writes need an API key: send `Authorization: Bearer <key>` with a key from the service's Auth:ApiKeys.") { Code = Unauthenticated };
    }
}
