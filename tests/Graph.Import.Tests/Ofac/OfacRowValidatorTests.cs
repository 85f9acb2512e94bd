using FluentValidation;
using Graph.Import.Ofac;

namespace Graph.Import.Tests.Ofac;

/// <summary>Rows that pass the validators' quick check skip FluentValidation, so the two must agree on every row.</summary>
public sealed class OfacRowValidatorTests
{
    // Valid values come up more often than each mistake, so that valid rows are common too.
    private static readonly string?[] Values =
        [null, "", "0", "-3", "12a", "1.5", "7", "7", "42", "42", "aka", "FKA", "nka", "individual", "Vessel", "aircraft", "entity", "Name"];

    [Fact]
    public void The_quick_check_passes_exactly_the_rows_each_validator_passes()
    {
        var random = new Random(11);
        var counts = new[]
        {
            Agreement(random, ["7", "Name", "individual", "SDGT", null, null, null, null, null, null, null, null], r => new SdnRow(r), new SdnRowValidator()),
            Agreement(random, ["7", "42", "Street", "City", "Mali", null], r => new AddressRow(r), new AddressRowValidator()),
            Agreement(random, ["7", "42", "aka", "Name", null], r => new AltRow(r), new AltRowValidator()),
            Agreement(random, ["7", "Remarks"], r => new CommentRow(r), new CommentRowValidator()),
        };

        Assert.All(counts, c => Assert.True(c.Passed > 500 && c.Failed > 500, $"{c.Passed} valid and {c.Failed} invalid rows should both be common"));
    }

    /// <param name="valid">A valid value for each column of the file, which each field takes three times in four.</param>
    private static (int Passed, int Failed) Agreement<T>(Random random, string?[] valid, Func<OfacCsvRecord, T> row, OfacRowValidator<T> validator)
        where T : OfacRow
    {
        var (passed, failed) = (0, 0);
        for (var i = 0; i < 5_000; i++)
        {
            // Most rows have their columns; some one too few or too many.
            var count = valid.Length + (random.Next(10) switch { 0 => -1, 1 => 1, _ => 0 });
            var fields = Enumerable.Range(0, count).Select(f => f < valid.Length && random.Next(4) > 0 ? valid[f] : Pick(random, Values)).ToList();
            var candidate = row(new OfacCsvRecord("test.csv", i + 1, "", fields));

            var isValid = validator.Validate(candidate).IsValid;

            Assert.True(isValid == validator.Passes(candidate),
                $"{typeof(T).Name} {(isValid ? "valid" : "invalid")} but the quick check disagrees: [{string.Join(", ", fields.Select(f => f ?? "null"))}]");
            if (isValid) passed++;
            else failed++;
        }
        return (passed, failed);
    }

    private static string? Pick(Random random, string?[] values) => values[random.Next(values.Length)];
}
