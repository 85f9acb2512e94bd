using Graph.Domain.Model;
using Graph.Import.Reading;
using Graph.Import.Un;

namespace Graph.Import.Tests.Un;

/// <summary>The UN list fixtures (Fixtures/un-xml), and lists written inline around entries of a test's own.</summary>
internal static class UnFixture
{
    /// <summary>A day no fixture names, so that a test sees which day the reader took.</summary>
    public static readonly DateOnly ImportDay = new(2026, 12, 4);

    public static string Path(string name = "consolidated.xml") => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "un-xml", name);

    public static ParsedInput Read(string name = "consolidated.xml") =>
        new UnXmlReader().ReadAsync(ImportSource.FromPath(Path(name)), ImportDay, CancellationToken.None).GetAwaiter().GetResult();

    public static ParsedInput ReadText(string text) =>
        new UnXmlReader().ReadAsync(ImportSource.FromText("list.xml", text), ImportDay, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>A list holding <paramref name="individuals"/> and <paramref name="entities"/>, each written as the UN writes them.</summary>
    public static string List(string individuals, string entities = "", string dateGenerated = "2026-02-27T00:00:09.554Z") => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" dateGenerated="{dateGenerated}">
          <INDIVIDUALS>
        {individuals}
          </INDIVIDUALS>
          <ENTITIES>
        {entities}
          </ENTITIES>
        </CONSOLIDATED_LIST>
        """;

    /// <summary>An INDIVIDUAL with what every entry needs, and <paramref name="more"/> after LISTED_ON.</summary>
    public static string Individual(int dataId, string more = "", string firstName = "ANA") => $"""
            <INDIVIDUAL>
              <DATAID>{dataId}</DATAID>
              <VERSIONNUM>1</VERSIONNUM>
              <FIRST_NAME>{firstName}</FIRST_NAME>
              <SECOND_NAME>MORENO</SECOND_NAME>
              <UN_LIST_TYPE>DRC</UN_LIST_TYPE>
              <REFERENCE_NUMBER>CDi.{dataId % 1000:D3}</REFERENCE_NUMBER>
              <LISTED_ON>2012-12-31</LISTED_ON>
        {more}
            </INDIVIDUAL>
        """;

    public static Entity Entity(this ParsedInput input, int dataId) => input.Entities.Single(e => e.Id == $"un-{dataId}");

    public static Sanction Sanction(this ParsedInput input, int dataId) => input.Sanctions.Single(s => s.Id == $"un-sanction-{dataId}");
}
