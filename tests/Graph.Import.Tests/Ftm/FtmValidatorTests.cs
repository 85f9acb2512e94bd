using System.Text;
using System.Text.Json;
using Graph.Import.Ftm;

namespace Graph.Import.Tests.Ftm;

/// <summary>Records that pass the validators' quick check skip FluentValidation, so the two must agree on every record.</summary>
public sealed class FtmValidatorTests
{
    // Valid values come up more often than each mistake, so that valid records are common too.
    private static readonly object?[] Texts = [null, "", "  ", "v", "v", "v", "v", "v", "v", "v"];
    private static readonly object?[] Lists = [null, Array.Empty<string>(), new[] { "  " }, new[] { "v" }, new[] { " ", "v" }];
    private static readonly object?[] Dates =
        [null, null, null, null, "2021", "2021-05", "2021-03-04", "2021-13", "soon", "2021-02-30", "2021-03-04T00:00:00", new[] { "2021-05" }];
    private static readonly object?[] Operations = [null, "ADD", "ADD", "MOD", "DEL", "UPSERT"];
    private static readonly string[] Schemata =
        ["Person", "Company", "Event", "Sanction", "Ownership", "Family", "UnknownLink", "Payment", "Address", "", "  "];

    [Fact]
    public void The_quick_check_passes_exactly_the_records_the_validator_passes()
    {
        var parser = new FtmLineParser();
        var random = new Random(7);
        var (passed, failed) = (0, 0);
        foreach (var line in FixtureLines().Concat(Enumerable.Range(0, 20_000).Select(_ => RandomLine(random))))
        {
            var record = parser.Parse(Encoding.UTF8.GetBytes(line), 1);
            if (record.Unreadable || FtmValidators.For(record) is not { } validator) continue;

            var valid = validator.Validate(record).IsValid;

            Assert.True(valid == validator.Passes(record), $"{(valid ? "valid" : "invalid")} but the quick check disagrees: {line}");
            if (valid) passed++;
            else failed++;
        }
        Assert.True(passed > 1_000 && failed > 1_000, $"{passed} valid and {failed} invalid records should both be common");
    }

    private static IEnumerable<string> FixtureLines() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ftm"))
            .SelectMany(File.ReadLines)
            .Where(line => line.Trim().Length > 0);

    private static string RandomLine(Random random)
    {
        T Pick<T>(T[] values) => values[random.Next(values.Length)];
        var schema = Pick(Schemata);
        var properties = new Dictionary<string, object?>();
        foreach (var name in (string[])["name", "alias", "entity", "authority", "publisher", "owner", "asset", "person", "relative",
                     "subject", "object", "payer", "beneficiary"])
        {
            if (random.Next(3) > 0) properties[name] = Pick(Lists);
        }
        foreach (var name in (string[])["listingDate", "startDate", "endDate", "date"])
        {
            if (random.Next(3) == 0) properties[name] = Pick(Dates) is string date ? new[] { date } : null;
        }
        var entity = new Dictionary<string, object?>
        {
            ["id"] = Pick(Texts),
            ["schema"] = schema.Length == 0 && random.Next(2) == 0 ? null : schema,
            ["caption"] = Pick(Texts),
            ["datasets"] = Pick(Lists),
            ["properties"] = properties,
            ["first_seen"] = Pick(Dates) as string,
            ["last_change"] = Pick(Dates) as string,
        };
        foreach (var key in entity.Where(e => e.Value is null).Select(e => e.Key).ToList()) entity.Remove(key);
        object line = random.Next(3) == 0 ? new Dictionary<string, object?> { ["op"] = Pick(Operations), ["entity"] = entity } : entity;
        return JsonSerializer.Serialize(line);
    }
}
