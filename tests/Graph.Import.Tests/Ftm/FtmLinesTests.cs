using System.Text;
using Graph.Import.Ftm;

namespace Graph.Import.Tests.Ftm;

public sealed class FtmLinesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("one\n")]
    [InlineData("one\ntwo")]
    [InlineData("one\r\ntwo\r\n")]
    [InlineData("one\rtwo\r")]
    [InlineData("\n\n\r\n\r\r")]
    [InlineData("a line much longer than one block of text\r\nshort\ranother line longer than a block\n")]
    [InlineData("\uFEFFone\ntwo")]
    [InlineData("Goïta\r\n\uFEFFTraoré\n")]
    public void Lines_split_and_number_as_ReadLine_splits_them_wherever_the_chunks_end(string text)
    {
        for (var chunkSize = 1; chunkSize <= 8; chunkSize++)
        {
            Assert.Equal(ReadLines(text), Split(text, chunkSize));
        }
    }

    [Fact]
    public void Random_text_splits_as_ReadLine_splits_it()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => "ab\r\né"[random.Next(5)])]);
            Assert.Equal(ReadLines(text), Split(text, random.Next(1, 9)));
        }
    }

    [Fact]
    public void Text_given_as_characters_reads_as_its_UTF_8_bytes_do()
    {
        var text = string.Concat(Enumerable.Repeat("Assimi Goïta 𝔊 \r\n", 5_000));
        using var stream = new FtmTextStream(new StringReader(text));
        using var copy = new MemoryStream();
        var buffer = new byte[7];
        int read;
        while ((read = stream.Read(buffer)) > 0) copy.Write(buffer, 0, read);

        Assert.Equal(Encoding.UTF8.GetBytes(text), copy.ToArray());
    }

    // StreamReader, as File.OpenText, drops a byte order mark at the start of the file; ReadLine keeps any later one.
    private static List<(string, int)> ReadLines(string text)
    {
        using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var lines = new List<(string, int)>();
        while (reader.ReadLine() is { } line) lines.Add((line, lines.Count + 1));
        return lines;
    }

    private static List<(string, int)> Split(string text, int chunkSize)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var chunker = new FtmChunker(stream, chunkSize);
        var lines = new List<(string, int)>();
        while (chunker.Next(CancellationToken.None) is { } chunk)
        {
            foreach (var line in chunk.Lines()) lines.Add((Encoding.UTF8.GetString(line.Text), line.Number));
            chunk.Return();
        }
        return lines;
    }
}
