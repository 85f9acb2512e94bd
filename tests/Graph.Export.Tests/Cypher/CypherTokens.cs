using System.Globalization;
using System.Text;

namespace Graph.Export.Tests.Cypher;

internal enum TokenKind { Word, Name, Text, Integer, Real, Symbol, End }

/// <summary>A token of a Cypher script: a keyword or identifier, a backticked name, a string, a number or a symbol.</summary>
internal sealed record Token(TokenKind Kind, string Text, object? Value = null);

/// <summary>
/// Splits a Cypher script into tokens the way Cypher reads it, independently of the export's writer: string
/// literals with their escapes (\\ \' \" \n \r \t \b \f \uXXXX \UXXXXXXXX), backticked names with doubled
/// backticks, numbers, and // or /* */ comments skipped.
/// </summary>
internal static class CypherTokens
{
    public static List<Token> Of(string script)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && At(script, i + 1) == '/') { while (i < script.Length && script[i] != '\n') i++; continue; }
            if (c == '/' && At(script, i + 1) == '*') { i = script.IndexOf("*/", i + 2, StringComparison.Ordinal) + 2; continue; }
            if (c is '\'' or '"') { tokens.Add(new Token(TokenKind.Text, "", ReadString(script, ref i))); continue; }
            if (c == '`') { tokens.Add(new Token(TokenKind.Name, ReadName(script, ref i))); continue; }
            if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < script.Length && (char.IsAsciiLetterOrDigit(script[i]) || script[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Word, script[start..i]));
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '-' && char.IsAsciiDigit(At(script, i + 1)) && Previous(tokens) is not (TokenKind.Integer or TokenKind.Real or TokenKind.Text or TokenKind.Word or TokenKind.Name)))
            {
                tokens.Add(ReadNumber(script, ref i));
                continue;
            }
            tokens.Add(new Token(TokenKind.Symbol, c.ToString()));
            i++;
        }
        tokens.Add(new Token(TokenKind.End, ""));
        return tokens;
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    private static TokenKind? Previous(List<Token> tokens) => tokens.Count == 0 ? null : tokens[^1].Kind;

    private static string ReadString(string script, ref int i)
    {
        var quote = script[i++];
        var text = new StringBuilder();
        while (script[i] != quote)
        {
            if (script[i] is '\n' or '\r') throw new FormatException($"A string literal spans lines at offset {i}.");
            if (script[i] != '\\') { text.Append(script[i++]); continue; }
            var escape = script[i + 1];
            i += 2;
            switch (escape)
            {
                case '\\' or '\'' or '"': text.Append(escape); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'u': text.Append((char)int.Parse(script.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 4; break;
                case 'U': text.Append(char.ConvertFromUtf32(int.Parse(script.AsSpan(i, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); i += 8; break;
                default: throw new FormatException($"'\\{escape}' is no Cypher escape (offset {i - 2}).");
            }
        }
        i++;
        return text.ToString();
    }

    private static string ReadName(string script, ref int i)
    {
        var text = new StringBuilder();
        i++;
        while (true)
        {
            if (script[i] == '`' && At(script, i + 1) == '`') { text.Append('`'); i += 2; continue; }
            if (script[i] == '`') { i++; return text.ToString(); }
            text.Append(script[i++]);
        }
    }

    private static Token ReadNumber(string script, ref int i)
    {
        var start = i;
        if (script[i] == '-') i++;
        while (i < script.Length && (char.IsAsciiDigit(script[i]) || script[i] is '.' or 'e' or 'E' || (script[i] is '+' or '-' && script[i - 1] is 'e' or 'E'))) i++;
        var text = script[start..i];
        return text.AsSpan().IndexOfAny(".eE") >= 0
            ? new Token(TokenKind.Real, text, double.Parse(text, CultureInfo.InvariantCulture))
            : new Token(TokenKind.Integer, text, long.Parse(text, CultureInfo.InvariantCulture));
    }
}
