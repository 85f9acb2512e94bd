using System.Collections.Frozen;
using System.Text;

namespace Graph.Domain.Matching;

/// <summary>
/// Company legal forms, with their translations, transliterations and abbreviations, each mapped to one code:
/// "OOO", "LLC" and "OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU" are all "llc". A matcher takes them out of a
/// name before it compares names, so that a form neither helps nor hurts, and compares the codes apart.
/// </summary>
public static class LegalForms
{
    private static readonly (string Code, string[] Spellings)[] Forms =
    [
        ("llc", ["llc", "l l c", "ooo", "obshchestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostiu",
                 "obshestvo s ogranichennoy otvetstvennostyu", "limited liability company", "tov", "too", "sp z o o", "spolka z ograniczona odpowiedzialnoscia"]),
        ("jsc", ["jsc", "ao", "aktsionernoe obshchestvo", "aktsionernoye obshchestvo", "joint stock company", "a o", "ad"]),
        ("pjsc", ["pjsc", "pao", "publichnoe aktsionernoe obshchestvo", "publichnoye aktsionernoye obshchestvo", "public joint stock company"]),
        ("ojsc", ["ojsc", "oao", "otkrytoe aktsionernoe obshchestvo", "open joint stock company"]),
        ("cjsc", ["cjsc", "zao", "zakrytoe aktsionernoe obshchestvo", "closed joint stock company"]),
        ("ltd", ["ltd", "limited", "co ltd", "co limited", "company limited", "pte ltd", "pvt ltd", "private limited", "private limited company"]),
        ("sa de cv", ["sa de cv", "s a de c v", "sociedad anonima de capital variable"]),
        ("sa", ["sa", "s a", "sociedad anonima", "societe anonyme", "sociedade anonima"]),
        ("sarl", ["sarl", "s a r l", "societe a responsabilite limitee"]),
        ("srl", ["srl", "s r l", "societa a responsabilita limitata", "sociedad de responsabilidad limitada"]),
        ("spa", ["spa", "s p a", "societa per azioni"]),
        ("gmbh", ["gmbh", "gesellschaft mit beschrankter haftung", "gesellschaft mit beschraenkter haftung"]),
        ("ag", ["ag", "aktiengesellschaft"]),
        ("inc", ["inc", "incorporated"]),
        ("corp", ["corp", "corporation"]),
        ("plc", ["plc", "public limited company"]),
        ("llp", ["llp", "limited liability partnership"]),
        ("lp", ["lp", "limited partnership"]),
        ("bv", ["bv", "b v", "besloten vennootschap"]),
        ("nv", ["nv", "n v", "naamloze vennootschap"]),
        ("fze", ["fze", "free zone establishment"]),
        ("fzco", ["fzco", "fzc", "free zone company"]),
        ("sdn bhd", ["sdn bhd", "sendirian berhad"]),
        ("co", ["co", "company", "compania", "cia"]),
        // Not legal forms, but words of the same office: they say what kind of body a name is, not which.
        ("pmc", ["pmc", "private military company", "chvk", "chastnaya voennaya kompaniya", "chastnaya voyennaya kompaniya"]),
        ("group", ["group", "gruppa", "groupe", "grupo", "holding", "holdings"]),
    ];

    /// <summary>Every spelling, as its tokens, to its code; the longest spellings are tried first.</summary>
    private static readonly FrozenDictionary<string, string> CodeBySpelling =
        Forms.SelectMany(f => f.Spellings.Select(s => (Spelling: s, f.Code))).ToFrozenDictionary(p => p.Spelling, p => p.Code, StringComparer.Ordinal);

    private static readonly int LongestSpelling = Forms.SelectMany(f => f.Spellings).Max(s => s.Split(' ').Length);

    // The words spellings begin and end with: a name that has neither at its ends carries no form, and costs no join.
    private static readonly FrozenSet<string> FirstWords = Forms.SelectMany(f => f.Spellings).Select(s => s.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> LastWords = Forms.SelectMany(f => f.Spellings).Select(s => s.Split(' ')[^1]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The tokens without the legal forms found at their start or end (where names carry them), and the codes of
    /// those forms. A name that is nothing but a form keeps its tokens.
    /// </summary>
    public static (IReadOnlyList<string> Tokens, IReadOnlyList<string> Codes) Split(IReadOnlyList<string> tokens)
    {
        var start = 0;
        var end = tokens.Count;
        var codes = new List<string>();
        var found = true;
        while (found && end - start > 1)
        {
            found = false;
            // A spelling at the end ends with a last word, one at the start begins with a first word.
            var tailed = LastWords.Contains(tokens[end - 1]);
            var headed = FirstWords.Contains(tokens[start]);
            if (!tailed && !headed) break;
            for (var length = Math.Min(LongestSpelling, end - start - 1); length >= 1 && !found; length--)
            {
                if (tailed && CodeBySpelling.TryGetValue(Joined(tokens, end - length, length), out var tail))
                {
                    codes.Add(tail);
                    end -= length;
                    found = true;
                }
                else if (headed && CodeBySpelling.TryGetValue(Joined(tokens, start, length), out var head))
                {
                    codes.Add(head);
                    start += length;
                    found = true;
                }
            }
        }
        return codes.Count == 0 ? (tokens, codes) : ([.. tokens.Skip(start).Take(end - start)], codes);
    }

    /// <summary>The tokens from <paramref name="from"/> on, <paramref name="count"/> of them, one space between.</summary>
    private static string Joined(IReadOnlyList<string> tokens, int from, int count)
    {
        if (count == 1) return tokens[from];
        var joined = new StringBuilder(tokens[from]);
        for (var i = from + 1; i < from + count; i++) joined.Append(' ').Append(tokens[i]);
        return joined.ToString();
    }
}
