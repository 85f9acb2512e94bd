using Graph.Domain.Model;
using Graph.Import.Reading;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Eu;

/// <summary>Reads the EU fixtures of Fixtures/eu with the registered eu-xml reader.</summary>
internal static class EuFixture
{
    /// <summary>The day a test passes as published; the fixtures' generationDate wins over it.</summary>
    public static readonly DateOnly Fallback = new(2030, 1, 1);

    public static string Path(string file) => TempStore.Fixture("eu", file);

    public static ParsedInput Read(string file) =>
        ImportFormats.Named("eu-xml").Reader.ReadAsync(ImportSource.FromPath(Path(file)), Fallback, CancellationToken.None).GetAwaiter().GetResult();

    public static ParsedInput ReadText(string xml) =>
        ImportFormats.Named("eu-xml").Reader.ReadAsync(ImportSource.FromText("eu.xml", xml), Fallback, CancellationToken.None).GetAwaiter().GetResult();

    public static Entity Entity(this ParsedInput input, string logicalId) => input.Entities.Single(e => e.Id == $"eu-{logicalId}");

    public static Sanction Sanction(this ParsedInput input, string logicalId) => input.Sanctions.Single(s => s.Id == $"eu-sanction-{logicalId}");
}
