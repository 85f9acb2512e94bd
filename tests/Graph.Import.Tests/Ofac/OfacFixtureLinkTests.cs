using Graph.Domain.Model;

namespace Graph.Import.Tests.Ofac;

/// <summary>What the slice's sdn.csv rows say beyond their own fields: links, overflow, sources and the file's quirks.</summary>
public sealed class OfacFixtureLinkTests
{
    private readonly ParsedInput _input = OfacFixture.Read();

    [Fact]
    public void Linked_to_becomes_an_associate_tie_to_the_entry_of_that_name_quoting_the_item()
    {
        var tie = Assert.Single(_input.Relationships, r => r.FromId == "ofac-15102");

        Assert.Equal(("associate", "ofac-15113", "Linked To"), (tie.Type, tie.ToId, tie.Role));
        Assert.Equal("Linked To: D'S SUPERMARKET COMPANY LTD.", Assert.Single(tie.Sources).Quote);
        Assert.Equal("ofac-28230", Assert.Single(_input.Relationships, r => r.FromId == "ofac-28383").ToId);
        Assert.Equal("ofac-15117", Assert.Single(_input.Relationships, r => r.FromId == "ofac-15037").ToId);
    }

    [Fact]
    public void A_linked_name_that_no_entry_carries_stays_on_the_entity_as_a_note()
    {
        Assert.DoesNotContain(_input.Relationships, r => r.FromId == "ofac-15496");
        Assert.Equal(["Linked To: SUMIYOSHI-KAI."], _input.Entity(15496).Property("notes"));
    }

    [Fact]
    public void Remarks_cut_short_in_sdn_csv_go_on_in_sdn_comments_csv()
    {
        var tian = _input.Entity(28263);
        var li = _input.Entity(28264);

        Assert.Equal(["tianyinyin0404", "snowsjohn"], tian.Aliases.TakeLast(2));
        Assert.Equal(["8613314257947", "8618004121000"], li.Property("phone"));
        Assert.Equal(["blackjack1987", "khaleesi"], li.Aliases);
        Assert.Contains("XBT 1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE", li.Property("cryptoWallet"));
        Assert.Equal(["ofac-27307", "ofac-27307"], _input.Relationships.Where(r => r.FromId is "ofac-28263" or "ofac-28264").Select(r => r.ToId));
    }

    [Fact]
    public void The_Ctrl_Z_that_ends_the_file_is_no_record()
    {
        var bytes = File.ReadAllBytes(Path.Combine(OfacFixture.Folder, "sdn.csv"));

        Assert.Equal([0x0D, 0x0A, 0x1A], bytes[^3..]);
        Assert.Empty(_input.Rejected);
        Assert.Equal("ofac-29507", _input.Entities[^1].Id);
    }

    [Fact]
    public void Every_fact_has_one_source_quoting_the_sdn_line()
    {
        var line = File.ReadLines(Path.Combine(OfacFixture.Folder, "sdn.csv"), System.Text.Encoding.Latin1)
            .Single(l => l.StartsWith("10278,", StringComparison.Ordinal));
        var sources = _input.Entities.Select(e => e.Sources)
            .Concat(_input.Sanctions.Select(s => s.Sources))
            .Concat(_input.Relationships.Select(r => r.Sources));

        Assert.All(sources, s =>
        {
            var source = Assert.Single(s);
            Assert.Equal("OFAC Specially Designated Nationals (SDN) List", source.Title);
            Assert.Equal("Office of Foreign Assets Control, U.S. Department of the Treasury", source.Publisher);
            Assert.Equal("https://sanctionslist.ofac.treas.gov/Home/SdnList", source.Url);
            Assert.Equal(PartialDate.FromDate(OfacFixture.Published), source.PublishedOn);
        });
        Assert.Equal(line, _input.Entity(10278).Sources[0].Quote);
        Assert.Equal(line, _input.Sanction(10278).Sources[0].Quote);
    }
}
