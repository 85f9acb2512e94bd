using Graph.Import;
using Graph.Import.Reading;
using Graph.Import.Gate;
using Graph.Import.Running;

namespace Graph.Import.Tests.Running;

/// <summary>One import at a time per store: a second is refused at once and writes nothing; the first is not disturbed.</summary>
public sealed class ImportGateTests : IDisposable
{
    private static readonly ImportOptions July = new(new DateOnly(2021, 7, 7));
    private readonly TempStore _temp = new();

    private string Publication => TempStore.Fixture("ofac-publications", "2021-07-07");

    [Fact]
    public async Task An_import_while_another_holds_the_gate_is_refused_and_writes_nothing()
    {
        using (var lease = _temp.Importer.Enter())
        {
            var refused = await Assert.ThrowsAsync<ImportInProgressException>(() => _temp.Importer.ImportAsync(ImportSource.FromPath(Publication), ImportFormats.Named("ofac-csv"), July));
            Assert.Contains("Another import", refused.Message);
            await Assert.ThrowsAsync<ImportInProgressException>(() => _temp.Importer.ImportAsync(ImportSource.FromText("content", ""), ImportFormats.Named("seed"), July));
            Assert.True((await _temp.Store.GetStatisticsAsync()).IsEmpty);

            var report = await _temp.Importer.ImportAsync(lease, ImportSource.FromPath(Publication), ImportFormats.Named("ofac-csv"), July);
            Assert.Equal(26, report.Sanctions.Created);
        }

        var after = await _temp.Importer.ImportAsync(ImportSource.FromPath(Publication), ImportFormats.Named("ofac-csv"), July);
        Assert.Equal(26, after.Sanctions.Unchanged);
    }

    [Fact]
    public async Task A_lease_of_another_store_or_one_given_back_is_no_pass()
    {
        using var other = new TempStore();
        using (var foreign = other.Importer.Enter())
        {
            await Assert.ThrowsAsync<ArgumentException>(() => _temp.Importer.ImportAsync(foreign, ImportSource.FromPath(Publication), ImportFormats.Named("ofac-csv"), July));
        }
        var returned = _temp.Importer.Enter();
        returned.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _temp.Importer.ImportAsync(returned, ImportSource.FromPath(Publication), ImportFormats.Named("ofac-csv"), July));
        Assert.True((await _temp.Store.GetStatisticsAsync()).IsEmpty);
    }

    [Fact]
    public void Two_gates_on_one_lock_file_exclude_each_other_as_two_processes_would()
    {
        var lockFile = Path.Combine(_temp.Folder, "graph.db.import-lock");
        using var service = new ImportGate(lockFile);
        using var cli = new ImportGate(lockFile);

        using (service.Enter())
        {
            var refused = Assert.Throws<ImportInProgressException>(() => cli.Enter());
            Assert.Contains("Another process", refused.Message);
        }

        using (cli.Enter())
        {
            Assert.Throws<ImportInProgressException>(() => service.Enter());
        }
    }

    [Fact]
    public async Task Concurrent_imports_end_as_a_serial_application_would()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await _temp.Importer.ImportAsync(ImportSource.FromPath(Publication), ImportFormats.Named("ofac-csv"), July);
            }
            catch (ImportInProgressException)
            {
                return null;
            }
        })));

        var written = attempts.OfType<ImportReport>().ToList();
        Assert.NotEmpty(written);
        // Whichever order they ran in, exactly one created the records and every later one found them unchanged.
        Assert.Single(written, r => r.Sanctions.Created == 26);
        Assert.All(written.Where(r => r.Sanctions.Created == 0), r => Assert.Equal(26, r.Sanctions.Unchanged));
        Assert.Equal(26, (await _temp.Store.GetStatisticsAsync()).Sanctions);
    }

    public void Dispose() => _temp.Dispose();
}
