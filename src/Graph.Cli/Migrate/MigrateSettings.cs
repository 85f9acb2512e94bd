using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Migrate;

internal sealed class MigrateSettings : CommandSettings
{
    [CommandOption("--to <PROVIDER>")]
    [Description("The store to copy into: neo4j.")]
    public string To { get; init; } = "";

    [CommandOption("--store <FILE>")]
    [Description("The SQLite store file to copy from. Default: $Store__Path, else data/graph.db.")]
    public string? Store { get; init; }

    [CommandOption("--uri <URI>")]
    [Description("Neo4j's HTTP address, e.g. http://localhost:7474. Default: $Store__Neo4j__Uri.")]
    public string? Uri { get; init; }

    [CommandOption("--user <USER>")]
    [Description("The Neo4j user. Default: $Store__Neo4j__User, else neo4j. The password comes from $Store__Neo4j__Password only.")]
    public string? User { get; init; }

    [CommandOption("--database <NAME>")]
    [Description("The Neo4j database. Default: $Store__Neo4j__Database, else neo4j.")]
    public string? Database { get; init; }

    public override ValidationResult Validate() =>
        string.Equals(To, "neo4j", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--to is '{To}': the embedded store can be copied into neo4j (--to neo4j).");
}
