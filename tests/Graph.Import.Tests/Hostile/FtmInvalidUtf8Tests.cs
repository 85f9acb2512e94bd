using Graph.Import;
using Graph.Import.Reading;
using Graph.Import.Ftm;
using Graph.Import.Running;
using Graph.Import.Tests.Ftm;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Hostile;

/// <summary>A line that is not valid UTF-8 is a rejected record naming file, line and (encoding); it is never written with U+FFFD.</summary>
public sealed class FtmInvalidUtf8Tests : IDisposable
{
    private static readonly byte[] Good1 = "{\"id\":\"good-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Good One\"]}}\n"u8.ToArray();
    private static readonly byte[] Good3 = "{\"id\":\"good-3\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Good Three\"]}}\n"u8.ToArray();
    private readonly TempStore _temp = new();

    /// <summary>"Goïta" with its ï (C3 AF) cut to a lone C3, as a file saved half in Latin-1 has it.</summary>
    private static byte[] BadLine() =>
        [.. "{\"id\":\"bad\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Assimi Go"u8, 0xC3, .. "ta\"]}}\n"u8];

    private string File(params byte[][] lines)
    {
        var path = Path.Combine(_temp.Folder, "people.ftm.json");
        Directory.CreateDirectory(_temp.Folder);
        System.IO.File.WriteAllBytes(path, [.. lines.SelectMany(l => l)]);
        return path;
    }

    [Fact]
    public async Task The_byte_path_rejects_the_line_by_file_line_and_encoding()
    {
        await using var stream = new MemoryStream([.. Good1, .. BadLine(), .. Good3]);

        var parsed = await FtmReader.ReadAsync(stream, "people.ftm.json");

        var error = Assert.Single(parsed.Rejected);
        Assert.Equal(("people.ftm.json", 2, "(encoding)"), (error.File, error.Line, error.Field));
        Assert.Contains("is not valid UTF-8: byte 63 (0xC3)", error.Message);
        Assert.Equal(["good-1", "good-3"], parsed.Entities.Select(e => e.Id));
    }

    [Fact]
    public void The_text_path_rejects_a_line_with_an_unpaired_surrogate()
    {
        var parsed = FtmFixtures.Lines(
            """{"id":"good-1","schema":"Person","properties":{"name":["Good One"]}}""",
            "{\"id\":\"bad\",\"schema\":\"Person\",\"properties\":{\"name\":[\"half \uD83E pair\"]}}",
            "{\"id\":\"good-3\",\"schema\":\"Person\",\"properties\":{\"name\":[\"emoji \uD83E\uDD1D kept\"]}}");

        var error = Assert.Single(parsed.Rejected);
        Assert.Equal((2, "(encoding)"), (error.Line, error.Field));
        Assert.Equal(["good-1", "good-3"], parsed.Entities.Select(e => e.Id));
        Assert.Equal("emoji \uD83E\uDD1D kept", parsed.Entities[1].Name);
    }

    [Fact]
    public async Task A_surrogate_pair_cut_by_the_read_buffer_is_still_one_character()
    {
        // The text stream reads 16 Ki chars at a time: the pair straddles the first boundary.
        var name = new string('a', 16 * 1024 - 40) + "\uD83E\uDD1D";
        using var reader = new StringReader($"{{\"id\":\"long\",\"schema\":\"Person\",\"properties\":{{\"name\":[\"{name}\"]}}}}");

        var parsed = await FtmReader.ReadAsync(reader, "long.ftm.json");

        Assert.Empty(parsed.Rejected);
        Assert.Equal(name, Assert.Single(parsed.Entities).Name);
    }

    [Fact]
    public async Task A_utf16_file_with_an_unpaired_surrogate_rejects_that_line()
    {
        var text = "{\"id\":\"good-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Good One\"]}}\n"
                   + "{\"id\":\"bad\",\"schema\":\"Person\",\"properties\":{\"name\":[\"\uDC00\"]}}\n";
        var path = File([0xFF, 0xFE, .. MemoryMarshalBytes(text)]);

        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(path), ImportFormats.Named("ftm"), new ImportOptions(new DateOnly(2024, 1, 2), SkipInvalid: true));

        var error = Assert.Single(report.Rejected);
        Assert.Equal((2, "(encoding)"), (error.Line, error.Field));
        Assert.Equal(1, report.Entities.Created);
    }

    [Fact]
    public async Task Without_skip_invalid_nothing_is_written_and_with_it_the_other_lines_are()
    {
        var path = File(Good1, BadLine(), Good3);

        var refused = await _temp.Importer.ImportAsync(ImportSource.FromPath(path), ImportFormats.Named("ftm"), new ImportOptions(new DateOnly(2024, 1, 2)));
        Assert.False(refused.Succeeded);
        Assert.Empty(await _temp.Store.GetEntitiesAsync(["good-1", "bad", "good-3"]));

        var skipped = await _temp.Importer.ImportAsync(ImportSource.FromPath(path), ImportFormats.Named("ftm"), new ImportOptions(new DateOnly(2024, 1, 2), SkipInvalid: true));

        Assert.True(skipped.Succeeded);
        Assert.Equal(2, skipped.Entities.Created);
        Assert.Equal(["good-1", "good-3"], (await _temp.Store.GetEntitiesAsync(["good-1", "bad", "good-3"])).Keys.Order(StringComparer.Ordinal));
    }

    private static byte[] MemoryMarshalBytes(string text) => [.. text.SelectMany(c => new[] { (byte)(c & 0xFF), (byte)(c >> 8) })];

    public void Dispose() => _temp.Dispose();
}
