using System.Net;
using Graph.Api.Tests.Imports;
using Graph.Api.Tests.Infrastructure;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>
/// The page and the card pinned with asOf: a sanction listed later is absent, one ended later is in force, and a
/// delisted one shows as ended with its date; against the seed and against two imported OFAC publications.
/// </summary>
public sealed class AsOfTests : IDisposable
{
    private const string Delisted = "ofac-2674";
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });

    private async Task<string> TextAsync(string path)
    {
        using var client = _app.Client();
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: HTTP {(int)response.StatusCode}\n{HtmlText.Visible(html)}");
        return HtmlText.Visible(html);
    }

    [Fact]
    public async Task The_day_before_the_designations_shows_no_OFAC_sanction_and_the_day_itself_shows_it_in_force()
    {
        var pageBefore = await TextAsync("/entities/sadio-camara?asOf=2023-07-23");
        var cardBefore = await TextAsync("/embed/entities/sadio-camara?asOf=2023-07-23");
        var pageOn = await TextAsync("/entities/sadio-camara?asOf=2023-07-24");
        var cardOn = await TextAsync("/embed/entities/sadio-camara?asOf=2023-07-24");

        Assert.DoesNotContain("OFAC", pageBefore, StringComparison.Ordinal);
        Assert.Contains("No sanction on record as of 2023-07-23.", pageBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("OFAC", cardBefore, StringComparison.Ordinal);
        Assert.Contains("No sanction on record as of 2023-07-23.", cardBefore, StringComparison.Ordinal);
        Assert.Contains("Office of Foreign Assets Control (OFAC) In force Programmes RUSSIA-EO14024", pageOn, StringComparison.Ordinal);
        Assert.Contains("Sanctioned by Office of Foreign Assets Control (OFAC) under RUSSIA-EO14024 since 2023-07-24 In force on 2023-07-24", cardOn, StringComparison.Ordinal);
        Assert.Contains("As of 2023-07-24", cardOn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delisted_OFAC_entry_shows_as_ended_with_its_date_and_in_force_on_a_day_before_its_delisting()
    {
        await _app.ImportBothOfacPublicationsAsync();

        var pageNow = await TextAsync($"/entities/{Delisted}");
        var cardNow = await TextAsync($"/embed/entities/{Delisted}");
        var pageThen = await TextAsync($"/entities/{Delisted}?asOf=2021-07-20");
        var cardThen = await TextAsync($"/embed/entities/{Delisted}?asOf=2021-07-20");
        var pageBefore = await TextAsync($"/entities/{Delisted}?asOf=2021-07-06");

        Assert.Contains("Ended on 2021-08-02", pageNow, StringComparison.Ordinal);
        Assert.Contains("On the list since 2021-07-07", pageNow, StringComparison.Ordinal);
        Assert.Contains("List us_ofac_sdn, last seen in its publication of 2021-07-07", pageNow, StringComparison.Ordinal);
        Assert.Contains("on the list since 2021-07-07 Ended on 2021-08-02", cardNow, StringComparison.Ordinal);
        Assert.Contains("In force", pageThen, StringComparison.Ordinal);
        Assert.DoesNotContain("Ended", pageThen, StringComparison.Ordinal);
        Assert.Contains("In force on 2021-07-20", cardThen, StringComparison.Ordinal);
        Assert.DoesNotContain("Ended", cardThen, StringComparison.Ordinal);
        Assert.Contains("No sanction on record as of 2021-07-06.", pageBefore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_OFAC_entity_has_a_page_and_a_card_with_its_name_its_sanction_and_a_link_back()
    {
        await _app.ImportBothOfacPublicationsAsync();
        const string id = "ofac-2679";
        var entity = (await _app.Services.GetRequiredService<IGraphStore>().GetEntitiesAsync([id]))[id];

        var page = await TextAsync($"/entities/{id}");
        using var client = _app.Client();
        var card = await client.GetStringAsync($"/embed/entities/{id}?asOf=2021-08-02");

        Assert.Contains(entity.Name, page, StringComparison.Ordinal);
        Assert.Contains("Office of Foreign Assets Control (OFAC) In force", page, StringComparison.Ordinal);
        Assert.Contains(entity.Name, HtmlText.Visible(card), StringComparison.Ordinal);
        Assert.Contains("In force on 2021-08-02", HtmlText.Visible(card), StringComparison.Ordinal);
        Assert.Contains(new Uri(_app.BaseAddress, $"/entities/{id}?asOf=2021-08-02").ToString(), HtmlText.Addresses(card));
    }

    public void Dispose() => _app.Dispose();
}
