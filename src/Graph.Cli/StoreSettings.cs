using System.ComponentModel;
using Spectre.Console.Cli;

namespace Graph.Cli;

/// <summary>The option every command shares: which store file to use.</summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--store <FILE>")]
    [Description("The SQLite store file. Default: $Store__Path, else data/graph.db (the service's default).")]
    public string? Store { get; init; }

    public string StorePath => Store ?? Environment.GetEnvironmentVariable("Store__Path") ?? "data/graph.db";
}
