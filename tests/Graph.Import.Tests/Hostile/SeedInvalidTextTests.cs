using Graph.Import;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Hostile;

/// <summary>A seed file that is not valid text is rejected naming the file and each bad line; nothing of it is written.</summary>
public sealed class SeedInvalidTextTests : IDisposable
{
    private readonly TempStore _temp = new();

    [Fact]
    public async Task Invalid_utf8_in_a_seed_file_is_rejected_with_file_and_line()
    {
        Directory.CreateDirectory(_temp.SeedFolder);
        var path = Path.Combine(_temp.SeedFolder, "latin1.yaml");
        await File.WriteAllBytesAsync(path, [.. "documents:\n  - id: doc\n    title: Rapport de l'ann"u8, 0xE9, .. "e\n"u8]);

        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(_temp.SeedFolder), ImportFormats.Named("seed"), new ImportOptions(new DateOnly(2024, 1, 2)));

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Rejected);
        Assert.Equal(("latin1.yaml", 3, "(encoding)"), (Path.GetFileName(error.File), error.Line, error.Field));
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Fact]
    public async Task Seed_text_with_an_unpaired_surrogate_is_rejected_with_its_line()
    {
        var yaml = "entities:\n  - id: x\n    kind: person\n    name: \"half \uD800\"\n";

        var report = await _temp.Importer.ImportAsync(ImportSource.FromText("content", yaml), ImportFormats.Named("seed"), new ImportOptions(new DateOnly(2024, 1, 2)));

        var error = Assert.Single(report.Rejected);
        Assert.Equal(("content", 4, "(encoding)"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public async Task A_utf16_seed_file_with_an_unpaired_surrogate_is_rejected_with_its_line()
    {
        Directory.CreateDirectory(_temp.SeedFolder);
        var path = Path.Combine(_temp.SeedFolder, "utf16.yaml");
        var text = "entities:\n  - id: x\n    kind: person\n    name: \"half \uD800\"\n";
        await File.WriteAllBytesAsync(path, [0xFF, 0xFE, .. System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()).ToArray()]);

        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(_temp.SeedFolder), ImportFormats.Named("seed"), new ImportOptions(new DateOnly(2024, 1, 2)));

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Rejected);
        Assert.Equal(("utf16.yaml", 4, "(encoding)"), (Path.GetFileName(error.File), error.Line, error.Field));
    }

    [Fact]
    public async Task A_byte_order_mark_is_no_error()
    {
        var path = _temp.File("bom.yaml", "\uFEFFdocuments:\n  - id: doc\n    title: Fine\n");

        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(path), ImportFormats.Named("seed"), new ImportOptions(new DateOnly(2024, 1, 2), DryRun: true));

        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
    }

    public void Dispose() => _temp.Dispose();
}
