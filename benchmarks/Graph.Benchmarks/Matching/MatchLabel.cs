using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// One line of the labelled set (JSON lines). <see cref="Set"/> says what it measures:
/// <list type="bullet">
/// <item><c>alias</c>: an alt.csv name as the query, its entry's id as the expected first hit.</item>
/// <item><c>lookalike</c>: an entry's primary name as the query, that entry expected first, and another entry whose name shares a word or a Soundex code in <see cref="Candidate"/>: it must rank below and should not match.</item>
/// <item><c>unlisted</c>: a name no entry carries: nothing should match it.</item>
/// <item><c>pair</c>: two names, the query and the candidate, of one entry (<see cref="Same"/>) or of two entries that look alike.</item>
/// </list>
/// </summary>
internal sealed record MatchLabel
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public const string AliasSet = "alias";
    public const string LookAlikeSet = "lookalike";
    public const string UnlistedSet = "unlisted";
    public const string PairSet = "pair";

    public required string Set { get; init; }

    /// <summary>Person, Organization, Vessel or Aircraft: the expected entry's kind, or the kind the query asks for.</summary>
    public required string Type { get; init; }

    public required string Query { get; init; }

    /// <summary>The id the importer gives the expected entry (<c>ofac-ENT_NUM</c>); for pairs, the query's entry.</summary>
    public string? Expected { get; init; }

    /// <summary>The expected entry's primary name (SDN_Name).</summary>
    public string? ExpectedName { get; init; }

    /// <summary>Look-alikes: the other entry's name; pairs: the name the query is compared with.</summary>
    public string? Candidate { get; init; }

    public string? CandidateId { get; init; }

    /// <summary>Pairs only: whether both names are of one entry.</summary>
    public bool? Same { get; init; }

    /// <summary>How the line was made: "alt.csv", "recombined", "common", "word:X" or "soundex:X" (the shared word or code).</summary>
    public string? Origin { get; init; }

    public static async Task<List<MatchLabel>> ReadAllAsync(string path)
    {
        if (!File.Exists(path)) throw new ArgumentException($"--labels: there is no file '{path}'; run 'match-labels' first.");
        var labels = new List<MatchLabel>();
        var line = 0;
        foreach (var text in await File.ReadAllLinesAsync(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                labels.Add(JsonSerializer.Deserialize<MatchLabel>(text, Json) ?? throw new JsonException("null"));
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"{path} line {line}: not a label ({e.Message}).");
            }
        }
        return labels;
    }
}
