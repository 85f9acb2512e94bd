using Graph.Import.Ftm;

namespace Graph.Import.Tests.Ftm;

/// <summary>Reads the FtM fixtures that the build copies beside the tests, or lines given inline.</summary>
internal static class FtmFixtures
{
    public static ParsedInput Read(string fixture)
    {
        using var lines = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ftm", fixture));
        return FtmReader.Read(lines, fixture);
    }

    public static ParsedInput Lines(params string[] lines)
    {
        using var reader = new StringReader(string.Join('\n', lines));
        return FtmReader.Read(reader, "inline.ftm.json");
    }
}
