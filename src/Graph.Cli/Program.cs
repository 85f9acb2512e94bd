using Graph.Cli.Import;
using Graph.Cli.Query;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("graph");
    // A store that cannot be reached or a setting that is wrong is the user's to fix: say what, not where in the code.
    config.SetExceptionHandler((exception, _) =>
    {
        Console.Error.WriteLine($"graph: {exception.Message}");
        return 1;
    });
    config.AddCommand<ImportCommand>("import")
        .WithDescription("Import a file or folder into the store in one transaction, and print what changed.")
        .WithExample("import", "seed-data", "--format", "seed")
        .WithExample("import", "sdn.csv", "--format", "ofac-csv", "--published", "2021-07-07");
    config.AddCommand<QueryCommand>("query")
        .WithDescription("Run a GraphQL document against the store with the service's schema and print the JSON response.")
        .WithExample("query", "{ entity(id: \"sadio-camara\") { name } }");
});
return await app.RunAsync(args);
