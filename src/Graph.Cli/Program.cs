using Graph.Cli.Import;
using Graph.Cli.Migrate;
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
    config.AddCommand<Graph.Cli.Xref.XrefCommand>("xref")
        .WithDescription("Propose sameAs links between entities of different datasets, best first, with the scores' reasons. Nothing is merged.")
        .WithExample("xref", "--dataset", "seed", "--against", "us_ofac_sdn", "--min-score", "0.75");
    config.AddCommand<MigrateCommand>("migrate")
        .WithDescription("Copy the embedded SQLite store into a Neo4j database (Store__Neo4j__Uri, __User, __Password, __Database).")
        .WithExample("migrate", "--to", "neo4j", "--store", "data/graph.db", "--uri", "http://localhost:7474");
    config.AddCommand<Graph.Cli.Export.ExportCommand>("export").WithDescription("Write the whole graph to standard output or --out: a Cypher script, neo4j-admin CSV files (--out FOLDER) or FtM lines.").WithExample("export", "--format", "cypher", "--out", "graph.cypher");
});
return await app.RunAsync(args);
