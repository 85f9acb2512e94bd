using System.Security.Claims;
using Graph.GraphQL;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Graph.Cli.Query;

/// <summary><c>graph query 'GRAPHQL'</c>: runs a document with the service's schema against the store file and prints the JSON response.</summary>
internal sealed class QueryCommand : AsyncCommand<QuerySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, QuerySettings settings, CancellationToken cancellationToken)
    {
        await using var services = await GraphServices.OpenWithSchemaAsync(settings, cancellationToken);
        using var scope = services.CreateScope();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<GraphSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = settings.Document,
            OperationName = settings.Operation,
            Variables = settings.Variables is null ? null : serializer.Deserialize<Inputs>(settings.Variables),
            RequestServices = scope.ServiceProvider,
            // Whoever can open the store file can write it anyway: the command line runs as its owner.
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, Environment.UserName)], "local")),
            CancellationToken = cancellationToken,
        });
        Console.WriteLine(serializer.Serialize(result));
        return result.Errors is { Count: > 0 } ? 1 : 0;
    }
}
