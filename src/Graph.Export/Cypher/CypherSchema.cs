using System.Text;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Cypher;

/// <summary>
/// The constraints and indexes an export creates before its data: the Neo4j store's own schema statements from
/// <see cref="CypherCatalog"/>, so that a loaded graph is ready for the store, each on one line; until the catalog
/// holds any, the unique ids the exports merge on.
/// </summary>
internal static class CypherSchema
{
    public static IReadOnlyList<string> Statements { get; } = Load();

    private static List<string> Load()
    {
        var fromStore = CypherCatalog.All
            .Where(s => s.Parameters.Length == 0 && IsSchema(s.Text))
            .Select(s => OneLine(s.Text).TrimEnd(';', ' '))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return fromStore.Count > 0
            ? fromStore
            :
            [
                $"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{GraphModel.EntityLabel}) REQUIRE n.id IS UNIQUE",
                $"CREATE CONSTRAINT sanction_id IF NOT EXISTS FOR (n:{GraphModel.SanctionLabel}) REQUIRE n.id IS UNIQUE",
            ];
    }

    private static bool IsSchema(string text)
    {
        var words = text.Split((char[])[' ', '\t', '\r', '\n'], 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[0].Equals("CREATE", StringComparison.OrdinalIgnoreCase)) return false;
        return words[1].Equals("CONSTRAINT", StringComparison.OrdinalIgnoreCase)
            || words[1].Equals("INDEX", StringComparison.OrdinalIgnoreCase)
            || (words.Length > 2 && words[2].Equals("INDEX", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Each run of white space outside quotes and backticks becomes one space, so the statement fits one line.</summary>
    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                line.Append(c);
                if (c == '\\' && quote != '`' && i + 1 < text.Length) line.Append(text[++i]);
                else if (c == quote) quote = null;
                continue;
            }
            if (c is '\'' or '"' or '`') quote = c;
            if (!char.IsWhiteSpace(c)) line.Append(c);
            else if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
        }
        return line.ToString().Trim();
    }
}
