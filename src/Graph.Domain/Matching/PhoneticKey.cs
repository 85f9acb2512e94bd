using System.Text;

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
        var sounds = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            char sound;
            if (Starts(token, i, "shch") || Starts(token, i, "sch")) { sound = 'x'; i += token[i + 1] == 'h' ? 3 : 2; }
            else if (Starts(token, i, "tch") || Starts(token, i, "dzh")) { sound = c == 't' ? 'x' : 'j'; i += 2; }
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
            Append(sounds, sound);
            if (c == 'x') Append(sounds, 's');
        }
        return Compact(sounds);
    }

    private static bool Starts(string token, int at, string part) => string.CompareOrdinal(token, at, part, 0, part.Length) == 0;

    private static void Append(StringBuilder sounds, char sound)
    {
        if (sounds.Length > 0 && sounds[^1] == sound) return;
        sounds.Append(sound);
    }

    /// <summary>The first sound, then the consonants, without an h that follows a vowel or ends the key.</summary>
    private static string Compact(StringBuilder sounds)
    {
        var key = new StringBuilder(sounds.Length);
        key.Append(sounds[0]);
        for (var i = 1; i < sounds.Length; i++)
        {
            var sound = sounds[i];
            if (sound == 'a') continue;
            if (sound == 'h') continue;
            if (key[^1] != sound) key.Append(sound);
        }
        return key.ToString();
    }
}
