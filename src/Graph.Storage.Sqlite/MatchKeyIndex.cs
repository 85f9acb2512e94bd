using System.Text;
using Graph.Domain.Matching;
using Graph.Domain.Model;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The match-candidate index (<see cref="SqliteSchema"/>, version 4): one FTS5 document per entity, its rowid the
/// entity's sequence number, whose tokens are the entity's <see cref="MatchKeys"/>. FTS5 rather than a
/// <c>(key, entity_seq)</c> table: a write's keys are gathered in memory and merged into sorted runs, where a
/// B-tree would take several inserts per entity in random key order, and each key's entities are a delta-encoded
/// list of rowids (<c>detail = none</c>), a few bytes each instead of a row and an index entry. A key's entities
/// come in rowid order, which is insertion order, so reading the first N of a common key is bounded and stable.
/// </summary>
/// <remarks>
/// The <c>ascii</c> tokenizer keeps <c>:</c> and <c>_</c> inside tokens and folds ASCII case. A key becomes one
/// token by writing every character other than a letter, a digit or <c>:</c> as <c>_</c> (the space of a pair
/// key); case folding loses nothing, since name keys are lower case and identifier keys upper case behind their
/// own prefix. Two keys that became one token would only propose a candidate more, which scoring then judges.
/// </remarks>
internal static class MatchKeyIndex
{
    /// <summary>The document of an entity: its keys as tokens, one space between.</summary>
    public static string Document(Entity entity)
    {
        var document = new StringBuilder();
        foreach (var key in MatchKeys.OfEntity(entity)) AppendToken(document.Length == 0 ? document : document.Append(' '), key);
        return document.ToString();
    }

    /// <summary>The FTS5 query for the entities under one key: the key's token, quoted.</summary>
    public static string Query(string key) => AppendToken(new StringBuilder("\""), key).Append('"').ToString();

    private static StringBuilder AppendToken(StringBuilder text, string key)
    {
        foreach (var c in key) text.Append(char.IsLetterOrDigit(c) || c == ':' ? c : '_');
        return text;
    }
}
