using Graph.Import;
using Graph.Import.Reading;
using Graph.Domain.Model;
using Graph.Import.Running;
using Graph.Import.Seed;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Seed;

/// <summary>The seed-data folder of this repository, copied beside the tests by the build.</summary>
public sealed class ProjectSeedDataTests : IDisposable
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "seed-data");
    private readonly TempStore _temp = new();

    [Fact]
    public async Task The_seed_loads_into_an_empty_store()
    {

        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(SeedFolder), ImportFormats.Named("seed"), new ImportOptions(new DateOnly(2023, 7, 27)));

        var statistics = await _temp.Store.GetStatisticsAsync();
        Assert.True(report.Succeeded);
        Assert.Equal(report.Entities.Created, statistics.Entities);
        Assert.Equal(report.Sanctions.Created, statistics.Sanctions);
        Assert.Equal(report.Relationships.Created, statistics.Relationships);
        Assert.True(statistics.Entities >= 30, $"only {statistics.Entities} entities");
    }

    [Fact]
    public async Task Every_fact_carries_a_source_with_a_verbatim_quote()
    {
        var batch = await new SeedReader().ReadAsync(ImportSource.FromPath(SeedFolder), new DateOnly(2023, 7, 27), CancellationToken.None);

        var facts = batch.Entities.Select(e => (e.Id, e.Sources))
            .Concat(batch.Sanctions.Select(s => (s.Id, s.Sources)))
            .Concat(batch.Relationships.Select(r => (r.Id, r.Sources)));

        Assert.All(facts, fact =>
        {
            Assert.NotEmpty(fact.Sources);
            Assert.All(fact.Sources, source =>
            {
                Assert.False(string.IsNullOrWhiteSpace(source.Quote), $"{fact.Id} has a source without a quote");
                Assert.False(string.IsNullOrWhiteSpace(source.Title), $"{fact.Id} has a source without a title");
            });
        });
    }

    [Fact]
    public async Task The_seed_holds_the_July_2023_designations_by_OFAC()
    {
        var batch = await new SeedReader().ReadAsync(ImportSource.FromPath(SeedFolder), new DateOnly(2023, 7, 27), CancellationToken.None);

        var july = batch.Sanctions.Where(s => s.ListedOn == PartialDate.Parse("2023-07-24")).ToList();

        Assert.Equal(["adama-bagayoko", "alou-boi-diarra", "sadio-camara"], july.Select(s => s.TargetId).Order());
        Assert.All(july, s =>
        {
            Assert.Equal("ofac", s.AuthorityId);
            Assert.Contains("RUSSIA-EO14024", s.Programs);
            Assert.False(string.IsNullOrWhiteSpace(s.Note), $"{s.Id} needs a note on how its year was fixed");
        });
    }

    public void Dispose() => _temp.Dispose();
}
