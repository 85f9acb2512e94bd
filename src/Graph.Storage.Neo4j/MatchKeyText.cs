using System.Text;
using Graph.Domain.Matching;
using Graph.Domain.Model;

namespace Graph.Storage.Neo4j;

/// <summary>
/// An entity's <see cref="MatchKeys"/> as the <c>matchKeyText</c> property that the match-key full-text index reads
/// (see <see cref="Cypher.MatchStatements"/>), and a key as the Lucene term that finds it. The index's analyzer is
/// <c>whitespace</c>, which neither folds case nor splits on punctuation, so a key is one term once the space of a
/// pair key (and any other whitespace) is written as <c>_</c>; phonetic keys hold only letters and digits.
/// </summary>
internal static class MatchKeyText
{
    /// <summary>The property's text: the entity's keys as terms, one space between.</summary>
    public static string Of(Entity entity) => string.Join(' ', MatchKeys.OfEntity(entity).Select(Term));

    /// <summary>The Lucene query for the entities under one key: its term, escaped, so that nothing in it acts as syntax.</summary>
    public static string Query(string key) => LuceneQuery.Escape(Term(key));

    private static string Term(string key)
    {
        var term = new StringBuilder(key.Length);
        foreach (var c in key) term.Append(char.IsWhiteSpace(c) ? '_' : c);
        return term.ToString();
    }
}
