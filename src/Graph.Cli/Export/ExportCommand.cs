using System.Diagnostics;
using System.Text;
using Graph.Domain.Store;
using Graph.Export;
using Graph.Export.Cypher;
using Graph.Export.Ftm;
using Graph.Export.Neo4jAdmin;
using Graph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Graph.Cli.Export;

/// <summary>
/// <c>graph export --format cypher|neo4j-admin|ftm [--out PATH]</c>: the whole graph, to standard output or to a file
/// that is replaced only once complete (a folder of files for neo4j-admin). What was written is said on standard error.
/// </summary>
internal sealed class ExportCommand : AsyncCommand<ExportSettings>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        if (StoreProviders.Selected(settings.StoreConfiguration()) == StoreProviders.Sqlite && !File.Exists(settings.StoreLocation))
        {
            await Console.Error.WriteLineAsync($"graph: there is no store at '{settings.StoreLocation}' to export.");
            return 1;
        }
        await using var services = await GraphServices.OpenAsync(settings, cancellationToken);
        var store = services.GetRequiredService<IGraphStore>();
        var clock = Stopwatch.StartNew();
        var summary = settings.ExportFormat switch
        {
            ExportFormat.Neo4jAdmin => await Neo4jAdminExport.WriteAsync(store, settings.Out!, cancellationToken),
            _ when settings.Out is null => await ToStandardOutputAsync(store, settings.ExportFormat, cancellationToken),
            _ => await ToFileAsync(store, settings.ExportFormat, settings.Out, cancellationToken),
        };
        var where = settings.Out ?? "standard output";
        await Console.Error.WriteLineAsync($"Exported {summary} from {settings.StoreLocation} as {settings.Format} to {where} in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static Task<ExportSummary> WriteAsync(IGraphStore store, ExportFormat format, TextWriter output, CancellationToken cancellationToken) =>
        format == ExportFormat.Cypher ? CypherExport.WriteAsync(store, output, cancellationToken) : FtmExport.WriteAsync(store, output, cancellationToken);

    private static async Task<ExportSummary> ToStandardOutputAsync(IGraphStore store, ExportFormat format, CancellationToken cancellationToken)
    {
        // The bytes are UTF-8 whatever the terminal's locale says: the output is data, not a message.
        await using var output = new StreamWriter(Console.OpenStandardOutput(), Utf8, 1 << 16);
        return await WriteAsync(store, format, output, cancellationToken);
    }

    /// <summary>Writes beside the file and moves it into place: a failed export leaves the old file, never half a new one.</summary>
    private static async Task<ExportSummary> ToFileAsync(IGraphStore store, ExportFormat format, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Guid.NewGuid():N}.partial";
        try
        {
            ExportSummary summary;
            await using (var output = new StreamWriter(temporary, append: false, Utf8, 1 << 16))
            {
                summary = await WriteAsync(store, format, output, cancellationToken);
            }
            File.Move(temporary, full, overwrite: true);
            return summary;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
