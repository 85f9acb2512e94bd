namespace Graph.Import.Tests.Ofac;

public sealed class BrokenOfacFileTests
{
    private static readonly string Good = OfacFixture.SdnRow(100, "GOOD COMPANY");

    [Fact]
    public void A_row_with_a_missing_field_is_rejected_naming_the_field_and_the_rows_around_it_are_read()
    {
        var shortRow = "200,\"SHORT ROW\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

        var input = OfacFixture.ReadText($"{Good}\r\n{shortRow}\r\n{OfacFixture.SdnRow(300, "OTHER")}\r\n");

        var error = Assert.Single(input.Rejected);
        Assert.Equal(("sdn.csv", 2, "Remarks"), (error.File, error.Line, error.Field));
        Assert.Contains("has 11 fields", error.Message, StringComparison.Ordinal);
        Assert.Equal(["ofac-100", "ofac-300"], input.Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_row_with_a_field_too_many_is_rejected_as_a_whole()
    {
        var input = OfacFixture.ReadText(OfacFixture.SdnRow(200, "LONG") + ",\"extra\"\n");

        var error = Assert.Single(input.Rejected);
        Assert.Equal((1, "(record)"), (error.Line, error.Field));
        Assert.Contains("has 13 fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_entry_number_is_rejected()
    {
        var input = OfacFixture.ReadText($"{Good}\r\n{OfacFixture.SdnRow(1, "BAD NUMBER").Replace("1,", "12a,", StringComparison.Ordinal)}\r\n");

        var error = Assert.Single(input.Rejected);
        Assert.Equal(("sdn.csv", 2, "ent_num"), (error.File, error.Line, error.Field));
        Assert.Equal("'12a' is not a number; OFAC numbers its records with positive whole numbers.", error.Message);
        Assert.Single(input.Entities);
    }

    [Fact]
    public void Rows_of_the_other_files_for_an_entry_sdn_csv_lacks_are_rejected_with_file_and_line()
    {
        var input = OfacFixture.ReadText(
            Good + "\r\n",
            add: "100,1,\"Main Street\",\"Springfield\",\"Ruritania\",-0- \r\n999,2,-0- ,-0- ,\"Iran\",-0- \r\n",
            alt: "100,1,\"aka\",\"GOOD CO\",-0- \r\n100,2,\"fka\",\"OLD GOOD CO\",-0- \r\n777,3,\"aka\",\"NOBODY\",-0- \r\n",
            comments: "555,\"rest of remarks.\"\r\n");

        Assert.Equal(
            [("add.csv", 2, "ent_num"), ("alt.csv", 3, "ent_num"), ("sdn_comments.csv", 1, "ent_num")],
            input.Rejected.Select(e => (e.File, e.Line, e.Field)));
        Assert.Equal("no row of sdn.csv has the entry number 777.", input.Rejected[1].Message);
        Assert.Equal(["GOOD CO", "OLD GOOD CO"], input.Entity(100).Aliases);
    }

    [Fact]
    public void An_unknown_type_of_name_or_of_entry_is_rejected()
    {
        var vessel = "300,\"SHIP\",\"boat\",\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

        var input = OfacFixture.ReadText($"{Good}\n{vessel}\n", alt: "100,1,\"a.k.a\",\"GOOD CO\",-0- \n");

        Assert.Equal([("sdn.csv", 2, "SDN_Type"), ("alt.csv", 1, "alt_type")], input.Rejected.Select(e => (e.File, e.Line, e.Field)));
    }

    [Fact]
    public void A_row_that_belongs_to_a_rejected_entry_is_rejected_saying_why()
    {
        var vessel = "300,\"SHIP\",\"boat\",\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

        var input = OfacFixture.ReadText(vessel + "\n", alt: "300,1,\"aka\",\"BOAT\",-0- \n");

        Assert.Equal(("alt.csv", 1, "ent_num"), (input.Rejected[1].File, input.Rejected[1].Line, input.Rejected[1].Field));
        Assert.Equal("the sdn.csv row of entry number 300 was rejected, so this row has nothing to belong to.", input.Rejected[1].Message);
    }

    [Fact]
    public void A_repeated_entry_number_is_rejected_naming_the_first_line()
    {
        var input = OfacFixture.ReadText($"{Good}\r\n{OfacFixture.SdnRow(100, "AGAIN")}\r\n");

        var error = Assert.Single(input.Rejected);
        Assert.Equal((2, "ent_num", "the entry number 100 is already used on line 1."), (error.Line, error.Field, error.Message));
        Assert.Equal("GOOD COMPANY", Assert.Single(input.Entities).Name);
    }

    [Fact]
    public void A_file_that_is_not_CSV_at_all_gives_rejected_rows_not_an_exception()
    {
        var html = "<!DOCTYPE html>\n<html><body><h1>404 Not Found, sorry</h1>\n\"The page moved</body></html>\n";

        var input = OfacFixture.ReadText(html);

        Assert.Empty(input.Entities);
        Assert.Equal([1, 2, 3], input.Rejected.Select(e => e.Line));
        Assert.All(input.Rejected, e => Assert.Equal("sdn.csv", e.File));
        Assert.Contains("never closed", input.Rejected[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_noise_gives_rejected_rows_not_an_exception()
    {
        var noise = new string([.. Enumerable.Range(0, 4000).Select(i => (char)((i * 7919) % 256))]);

        var input = OfacFixture.ReadText(noise);

        Assert.Empty(input.Entities);
        Assert.NotEmpty(input.Rejected);
    }

    [Fact]
    public void Doubled_quotes_inside_a_quoted_field_stand_for_one_quote()
    {
        var input = OfacFixture.ReadText(OfacFixture.SdnRow(100, "THE \"\"BEST\"\" COMPANY") + "\n");

        Assert.Equal("THE \"BEST\" COMPANY", input.Entity(100).Name);
    }

    [Fact]
    public void Line_numbers_count_blank_lines_and_lines_inside_quoted_fields()
    {
        var multiLine = OfacFixture.SdnRow(200, "TWO\r\nLINES");

        var input = OfacFixture.ReadText($"{Good}\r\n\r\n{multiLine}\r\n{OfacFixture.SdnRow(3, "x").Replace("3,", "x,", StringComparison.Ordinal)}\r\n");

        Assert.Equal("TWO\r\nLINES", input.Entity(200).Name);
        Assert.Equal(5, Assert.Single(input.Rejected).Line);
    }
}
