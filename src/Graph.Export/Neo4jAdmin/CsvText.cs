using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Export.Neo4jAdmin;

/// <summary>
/// Fields of neo4j-admin CSV files, quoted as RFC 4180 says: text is always quoted, with quotes doubled, so that an
/// empty string (<c>""</c>) differs from a missing value (nothing between the commas). Newlines stay inside the
/// quotes, hence <c>--multiline-fields=true</c>. Array elements are joined by <see cref="ArrayDelimiter"/>.
/// </summary>
internal static class CsvText
{
    /// <summary>
    /// U+001F, the unit separator, rather than neo4j-admin's default ';': names and programmes contain semicolons, and
    /// neo4j-admin has no way to escape the delimiter inside an element. A value holding it is refused.
    /// </summary>
    public const char ArrayDelimiter = '\u001F';

    /// <summary>How the delimiter is named on neo4j-admin's command line.</summary>
    public const string ArrayDelimiterOption = "U+001F";

    public static void Quoted(StringBuilder output, string text)
    {
        output.Append('"');
        foreach (var c in text)
        {
            if (c == '"') output.Append('"');
            output.Append(c);
        }
        output.Append('"');
    }

    /// <summary>A field of a column of the given type; null and empty lists leave the field empty, so the property is not set.</summary>
    public static void Field(StringBuilder output, object? value, string type, string what)
    {
        switch (value)
        {
            case null:
                return;
            case string text when type == "string":
                Quoted(output, text);
                return;
            case IEnumerable list when type.EndsWith("[]", StringComparison.Ordinal) && value is not string:
                Array(output, list, what);
                return;
            case bool truth when type == "boolean":
                output.Append(truth ? "true" : "false");
                return;
            case long or int or short when type == "long":
                output.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                return;
            case double or float when type == "double":
                output.Append(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                return;
            default:
                throw new InvalidOperationException($"{what} holds a {value.GetType().Name} where its column is of type {type}.");
        }
    }

    /// <summary>The elements of a list joined by the array delimiter, in one quoted field.</summary>
    public static void Array(StringBuilder output, IEnumerable list, string what)
    {
        var elements = new List<string>();
        foreach (var item in list)
        {
            var text = item switch
            {
                string s => s,
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"{what} holds a list item neo4j-admin cannot read."),
            };
            if (text.Contains(ArrayDelimiter, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{what} holds U+001F, the array delimiter of the neo4j-admin export.");
            }
            elements.Add(text);
        }
        if (elements.Count > 0) Quoted(output, string.Join(ArrayDelimiter, elements));
    }
}
