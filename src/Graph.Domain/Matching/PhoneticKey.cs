namespace Graph.Domain.Matching;

/// <summary>
/// A coarse sound key of one romanised token, built so that the romanisations of one name share it: Igor and Ihor,
/// Mikhail and Mykhailo, Muhammad and Mohammed, Abdallah and Abdullah, Camara and Kamara, Yevgeny and Evgeniy.
/// The first letter is kept (any vowel as "a"); later vowels and h are dropped (Arabic writes no short vowels, and
/// romanisations add or leave out h at will: Muhammad, Mhmd, Mohamed); g and h are one sound (Ukrainian writes h
/// where Russian writes g), so a g goes too, unless it begins the word; sibilants, hushers and the k sounds fold
/// together; doubled letters count once. Numbers are their own key.
/// </summary>
public static class PhoneticKey
{
    /// <summary>The key of a lowercase ASCII token.</summary>
    public static string Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length == 0 || char.IsDigit(token[0])) return token;
        // An x makes two sounds, so twice the token's length always holds them.
        var sounds = token.Length <= 128 ? stackalloc char[2 * token.Length] : new char[2 * token.Length];
        var count = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            char sound;
            if (c == 's' && (Starts(token, i, "shch") || Starts(token, i, "sch"))) { sound = 'x'; i += token[i + 1] == 'h' ? 3 : 2; }
            else if ((c == 't' && Starts(token, i, "tch")) || (c == 'd' && Starts(token, i, "dzh"))) { sound = c == 't' ? 'x' : 'j'; i += 2; }
            else if (c is 's' or 'c' && next == 'h') { sound = 'x'; i++; }
            else if (c is 'z' or 'k' && next == 'h') { sound = c == 'z' ? 'j' : 'h'; i++; }
            else if (c is 'g' or 'p' or 't' or 'd' && next == 'h') { sound = c switch { 'g' => 'h', 'p' => 'f', 't' => 't', _ => 'd' }; i++; }
            else if (c == 'd' && next == 'j') { sound = 'j'; i++; }
            else if (c == 't' && next is 's' or 'z') { sound = 's'; i++; }
            else if (c == 'c' && next == 'k') { sound = 'k'; i++; }
            else sound = c switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' => 'a',
                'c' => next is 'e' or 'i' or 'y' ? 's' : 'k',
                'q' => 'k',
                'g' => 'h',
                'z' => 's',
                'w' => 'v',
                'x' => 'k', // and an s after it: Eksport is Export
                _ => c,
            };
            Append(sounds, ref count, sound);
            if (c == 'x') Append(sounds, ref count, 's');
        }
        return Compact(sounds[..count]);
    }

    private static bool Starts(string token, int at, string part) => token.AsSpan(at).StartsWith(part, StringComparison.Ordinal);

    private static void Append(Span<char> sounds, ref int count, char sound)
    {
        if (count > 0 && sounds[count - 1] == sound) return;
        sounds[count++] = sound;
    }

    /// <summary>The first sound, then the consonants but h, each run once; written over the sounds, which it never outgrows.</summary>
    private static string Compact(Span<char> sounds)
    {
        var length = 1;
        for (var i = 1; i < sounds.Length; i++)
        {
            var sound = sounds[i];
            if (sound is 'a' or 'h' || sounds[length - 1] == sound) continue;
            sounds[length++] = sound;
        }
        return new string(sounds[..length]);
    }
}
