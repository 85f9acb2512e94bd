using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Export.Cypher;

/// <summary>
/// Writes Cypher literals and names. Strings are single-quoted with backslash escapes for the quote, the backslash and
/// every control or line-breaking character, so that a literal never spans lines and cypher-shell's statement
/// splitting cannot be fooled by a name; every other character, Cyrillic, Arabic, CJK or emoji, is written as it is
/// (the script is UTF-8). Names that are not plain identifiers are backticked, with backticks doubled.
/// </summary>
internal static class CypherText
{
    public static void String(StringBuilder output, string value)
    {
        output.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': output.Append(@"\\"); break;
                case '\'': output.Append(@"\'"); break;
                case '\n': output.Append(@"\n"); break;
                case '\r': output.Append(@"\r"); break;
                case '\t': output.Append(@"\t"); break;
                case '\b': output.Append(@"\b"); break;
                case '\f': output.Append(@"\f"); break;
                default:
                    if (NeedsEscape(value, i)) output.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else output.Append(c);
                    break;
            }
        }
        output.Append('\'');
    }

    /// <summary>A label, relationship type or property key: as it is when it is a plain identifier, else backticked.</summary>
    public static void Name(StringBuilder output, string name)
    {
        if (name.Length == 0) throw new ArgumentException("Cypher has no empty names.", nameof(name));
        if (IsPlain(name))
        {
            output.Append(name);
            return;
        }
        output.Append('`').Append(name.Replace("`", "``", StringComparison.Ordinal)).Append('`');
    }

    /// <summary>A property value as the graph model gives it: text, a whole or real number, a truth value or a list of them.</summary>
    public static void Value(StringBuilder output, object value)
    {
        switch (value)
        {
            case string text: String(output, text); break;
            case bool truth: output.Append(truth ? "true" : "false"); break;
            case long or int or short: output.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)); break;
            case double or float: Real(output, Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case IEnumerable list: List(output, list); break;
            default: throw new NotSupportedException($"A property value of type {value.GetType().Name} has no Cypher literal here.");
        }
    }

    /// <summary>A map literal of the properties that have a value; null properties are left out.</summary>
    public static void Map(StringBuilder output, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        output.Append('{');
        var first = true;
        foreach (var (key, value) in properties)
        {
            if (value is null) continue;
            if (!first) output.Append(", ");
            first = false;
            Name(output, key);
            output.Append(": ");
            Value(output, value);
        }
        output.Append('}');
    }

    private static void List(StringBuilder output, IEnumerable list)
    {
        output.Append('[');
        var first = true;
        foreach (var item in list)
        {
            if (item is null) throw new NotSupportedException("Neo4j lists cannot hold null.");
            if (!first) output.Append(", ");
            first = false;
            Value(output, item);
        }
        output.Append(']');
    }

    private static void Real(StringBuilder output, double value)
    {
        if (!double.IsFinite(value)) throw new NotSupportedException($"{value} has no Cypher literal.");
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        output.Append(text);
        // Without a point or exponent the literal would be read back as an integer.
        if (text.AsSpan().IndexOfAny('.', 'E') < 0) output.Append(".0");
    }

    /// <summary>
    /// Control characters, the characters some readers take for line breaks (NEL, LINE and PARAGRAPH SEPARATOR) and
    /// surrogates without their pair (which UTF-8 cannot carry) are escaped; a well-formed pair is written as it is.
    /// </summary>
    private static bool NeedsEscape(string value, int i)
    {
        var c = value[i];
        if (char.IsControl(c) || c is '\u2028' or '\u2029') return true;
        if (char.IsHighSurrogate(c)) return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(value[i - 1]);
        return false;
    }

    private static bool IsPlain(string name)
    {
        if (!char.IsAsciiLetter(name[0]) && name[0] != '_') return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }
}
