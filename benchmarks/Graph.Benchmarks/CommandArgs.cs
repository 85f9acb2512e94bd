using System.Globalization;

namespace Graph.Benchmarks;

/// <summary>A command name followed by <c>--key value</c> pairs; nothing more is needed here.</summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, string> _options;

    private CommandArgs(string name, Dictionary<string, string> options)
    {
        Name = name;
        _options = options;
    }

    public string Name { get; }

    public static CommandArgs Parse(string[] args)
    {
        if (args.Length == 0) throw new ArgumentException("Name a command.");
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--option value' at '{args[i]}'.");
            }
            options[args[i][2..]] = args[i + 1];
        }
        return new CommandArgs(args[0], options);
    }

    public string Required(string option) =>
        _options.TryGetValue(option, out var value) ? value : throw new ArgumentException($"The '{Name}' command needs --{option}.");

    public string? Optional(string option) => _options.TryGetValue(option, out var value) ? value : null;

    public int Int(string option, int fallback, int min = 1)
    {
        if (!_options.TryGetValue(option, out var text)) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new ArgumentException($"--{option} must be a whole number of at least {min}, not '{text}'.");
    }

    public static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("""
            Usage:
              generate --entities N --out FILE [--seed 42] [--batch 50000]
              latency  --store FILE [--ops 20000] [--seed 7] [--queries-out FILE]
              asof     --store FILE [--ops 5000] [--seed 7]
              bdn      --store FILE [--filter SUBSTRING]
              load     --url URL --entities N [--rate R --seconds 300 | --peak-seconds 20 --concurrency 32]
              reads-during-import --url URL --key KEY --import FILE [--imports 1] [--entities 100000] [--rate 200] [--warm-up 5] [--before 10] [--after 5]
              match-labels  --ofac DIR --out FILE [--seed 10] [--unlisted 1000] [--lookalikes 300]
              match-quality --labels FILE --store FILE [--ofac DIR] [--misses 20]   (builds the store from DIR without alt.csv if FILE is absent)
              match-slice   --ofac DIR --labels FILE --out DIR [--seed 10]
              match-speed   --store FILE [--queries 2000] [--seed 11]
            """);
        return 2;
    }
}
