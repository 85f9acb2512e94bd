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
    public async Task Lines_split_as_ReadLine_splits_them_wherever_the_blocks_end(string text)
    {
        for (var blockSize = 1; blockSize <= 8; blockSize++)
        {
            Assert.Equal(ReadLines(text), await SplitAsync(text, blockSize));
        }
    }

    [Fact]
    public async Task Random_text_splits_as_ReadLine_splits_it()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => "ab\r\n"[random.Next(4)])]);
            Assert.Equal(ReadLines(text), await SplitAsync(text, random.Next(1, 9)));
        }
    }

    private static List<string> ReadLines(string text)
    {
        using var reader = new StringReader(text);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    private static async Task<List<string>> SplitAsync(string text, int blockSize)
    {
        using var reader = new StringReader(text);
        var lines = new List<string>();
        await foreach (var line in FtmLines.ReadAsync(reader, CancellationToken.None, blockSize)) lines.Add(line);
        return lines;
    }
}
