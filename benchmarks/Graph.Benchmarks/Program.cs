using Graph.Benchmarks;
using Graph.Benchmarks.AsOf;
using Graph.Benchmarks.Bdn;
using Graph.Benchmarks.Generation;
using Graph.Benchmarks.Latency;
using Graph.Benchmarks.Load;
using Graph.Benchmarks.Matching;
using Graph.Benchmarks.ReadsDuringImport;

try
{
    var command = CommandArgs.Parse(args);
    return command.Name switch
    {
        "generate" => await GenerateCommand.RunAsync(command),
        "latency" => await LatencyCommand.RunAsync(command),
        "asof" => await AsOfCommand.RunAsync(command),
        "bdn" => BdnCommand.Run(command),
        "load" => await LoadCommand.RunAsync(command),
        "reads-during-import" => await ReadsDuringImportCommand.RunAsync(command),
        "match-labels" => await MatchLabelsCommand.RunAsync(command),
        "match-quality" => await MatchQualityCommand.RunAsync(command),
        "match-slice" => await MatchSliceCommand.RunAsync(command),
        "match-speed" => await MatchSpeedCommand.RunAsync(command),
        _ => CommandArgs.Usage($"Unknown command '{command.Name}'."),
    };
}
catch (ArgumentException e)
{
    return CommandArgs.Usage(e.Message);
}
