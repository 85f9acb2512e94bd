using System.Text;
using Graph.Import.Reading;
using Graph.Import.Running;
using Microsoft.Data.Sqlite;

namespace Graph.Import.Tests.Running;

/// <summary>
/// A first FtM import into an empty store is written as it is read, in parts, and leaves the store file exactly as
/// the whole-input runner does; at what it does not follow it gives way, and the input is run as a whole.
/// </summary>
public sealed class StreamedFirstLoadTests : IDisposable
{
    private const int People = 40_000;
    private static readonly DateOnly Day = new(2024, 1, 1);

    private readonly TempStore _streamed = new();
    private readonly TempStore _whole = new();

    [Fact]
    public async Task A_first_import_written_as_it_is_read_leaves_the_file_the_whole_input_leaves()
    {
        var (report, phases) = await ImportAsync(Graph());
        var expected = await ImportWholeAsync(Graph());

        Assert.Contains("Writing as it reads", phases);
        Assert.DoesNotContain("Comparing entities", phases);
        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
        // 40,000 people, 4,000 companies, the trade office and the one authority made (OFAC); the office is the other.
        Assert.Equal((People + People / 10 + 2, People / 100, People), (report.Entities.Created, report.Sanctions.Created, report.Relationships.Created));
        Assert.Equal(Counts(expected), Counts(report));
        Assert.Equal(expected.Ignored, report.Ignored);
        Assert.Equal(1, report.Ignored["Address"]);
        Assert.Equal(Rows(_whole), Rows(_streamed));
    }

    [Fact]
    public async Task A_dry_run_of_a_first_import_is_checked_as_it_is_read_reports_what_the_whole_input_would_and_writes_nothing()
    {
        var options = new ImportOptions(Day, DryRun: true);
        var (report, phases) = await ImportAsync(Graph(), options);
        var expected = await ImportWholeAsync(Graph(), options);

        Assert.DoesNotContain("Comparing entities", phases);
        Assert.DoesNotContain("Written", phases);
        Assert.True(report.DryRun);
        Assert.True(report.Succeeded);
        Assert.Equal(Counts(expected), Counts(report));
        Assert.Equal(expected.Ignored, report.Ignored);
        Assert.True((await _streamed.Store.GetStatisticsAsync()).IsEmpty);
    }

    [Fact]
    public async Task An_id_given_again_after_parts_were_written_is_run_as_a_whole_and_its_last_record_wins()
    {
        var text = Graph("""{"id":"p7","schema":"Person","properties":{"name":["Renamed Seven"]}}""");

        var (report, phases) = await ImportAsync(text);
        var expected = await ImportWholeAsync(text);

        Assert.Contains("Writing as it reads", phases);
        Assert.Contains("Comparing entities", phases);
        Assert.True(report.Succeeded);
        Assert.Equal(Counts(expected), Counts(report));
        Assert.Equal("Renamed Seven", (await _streamed.Store.GetEntitiesAsync(["p7"]))["p7"].Name);
        Assert.Equal(Rows(_whole), Rows(_streamed));
    }

    [Fact]
    public async Task A_reference_to_no_entity_found_at_the_end_writes_nothing_and_is_named_by_its_line()
    {
        var text = Graph("""{"id":"o-ghost","schema":"Ownership","properties":{"owner":["p1"],"asset":["nobody"]}}""");

        var (report, _) = await ImportAsync(text);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Rejected);
        Assert.Equal((Lines(text), "to"), (error.Line, error.Field));
        Assert.Contains("'o-ghost' points at 'nobody'", error.Message);
        Assert.True((await _streamed.Store.GetStatisticsAsync()).IsEmpty);
    }

    [Fact]
    public async Task A_bad_line_after_parts_were_written_writes_nothing_and_is_named_by_its_line()
    {
        var text = Graph("""{"id":"p-bad","schema":"Person","properties":{"name":["Broken"]""");

        var (report, _) = await ImportAsync(text);

        Assert.False(report.Succeeded);
        Assert.Equal(Lines(text), Assert.Single(report.Rejected).Line);
        Assert.True((await _streamed.Store.GetStatisticsAsync()).IsEmpty);
    }

    /// <summary>
    /// People, a company for every tenth, one ownership each pointing forward at a company further on, a sanction for
    /// every hundredth (OFAC, or the trade office that the last line holds), an address, and the extra lines.
    /// </summary>
    private static string Graph(params string[] extra)
    {
        var text = new StringBuilder();
        for (var i = 0; i < People; i++)
        {
            text.Append($$$"""{"id":"p{{{i}}}","schema":"Person","properties":{"name":["Person {{{i}}}"],"nationality":["ml"]}}""").Append('\n');
            if (i % 10 == 0) text.Append($$$"""{"id":"c{{{i}}}","schema":"Company","properties":{"name":["Company {{{i}}}"]}}""").Append('\n');
            var asset = (i / 10 * 10 + 500) % People;
            text.Append($$$"""{"id":"o{{{i}}}","schema":"Ownership","properties":{"owner":["p{{{i}}}"],"asset":["c{{{asset}}}"]}}""").Append('\n');
            if (i % 100 == 0)
            {
                var authority = i % 200 == 0 ? "OFAC" : "Bamako Trade Office";
                text.Append($$$"""{"id":"s{{{i}}}","schema":"Sanction","properties":{"entity":["p{{{i}}}"],"authority":["{{{authority}}}"],"program":["MALI-EO13882"]}}""").Append('\n');
            }
        }
        text.Append("""{"id":"a1","schema":"Address","properties":{"full":["Bamako"]}}""").Append('\n');
        text.Append("""{"id":"office","schema":"Organization","properties":{"name":["Bamako Trade Office"]}}""").Append('\n');
        foreach (var line in extra) text.Append(line).Append('\n');
        return text.ToString();
    }

    private static int Lines(string text) => text.Count(c => c == '\n');

    private async Task<(ImportReport Report, List<string> Phases)> ImportAsync(string text, ImportOptions? options = null)
    {
        var phases = new Phases();
        var report = await _streamed.Importer.ImportAsync(ImportSource.FromPath(Write(_streamed, text)), ImportFormats.Named("ftm"), options ?? new ImportOptions(Day), phases);
        return (report, phases.Seen);
    }

    /// <summary>What the runner makes of the whole input read at once, in a store of its own.</summary>
    private async Task<ImportReport> ImportWholeAsync(string text, ImportOptions? options = null)
    {
        var format = ImportFormats.Named("ftm");
        var path = Write(_whole, text);
        var parsed = await format.Reader.ReadAsync(ImportSource.FromPath(path), Day, CancellationToken.None);
        return await new ImportRunner(_whole.Store).RunAsync(format, path, parsed, options ?? new ImportOptions(Day));
    }

    private static string Write(TempStore store, string text)
    {
        var path = Path.Combine(store.Folder, "graph.ftm.json");
        File.WriteAllText(path, text);
        return path;
    }

    private static (RecordCounts, RecordCounts, RecordCounts) Counts(ImportReport report) => (report.Entities, report.Sanctions, report.Relationships);

    /// <summary>Every row of the store's file that records and their indexes are made of, in order.</summary>
    private static string Rows(TempStore store)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(store.Folder, "graph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var rows = new StringBuilder();
        foreach (var query in (string[])[
                     "SELECT * FROM entities ORDER BY seq", "SELECT * FROM sanctions ORDER BY seq", "SELECT * FROM relationships ORDER BY seq",
                     "SELECT * FROM entity_aliases ORDER BY entity_seq, alias", "SELECT * FROM sanction_programs ORDER BY sanction_seq, program",
                     "SELECT * FROM entity_search_data ORDER BY id", "SELECT * FROM entity_match_keys_data ORDER BY id",
                     "SELECT name, sql FROM sqlite_schema ORDER BY name"])
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) rows.Append(reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : reader.GetValue(i)).Append('|');
                rows.Append('\n');
            }
        }
        return rows.ToString();
    }

    private sealed class Phases : IProgress<ImportProgress>
    {
        public List<string> Seen { get; } = [];

        public void Report(ImportProgress value)
        {
            lock (Seen) Seen.Add(value.Phase);
        }
    }

    public void Dispose()
    {
        _streamed.Dispose();
        _whole.Dispose();
    }
}
