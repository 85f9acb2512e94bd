using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Graph.Import.Seed;

/// <summary>
/// YamlDotNet's parser with a bound on nesting. The parser itself keeps its state on a heap stack, but the node tree
/// is built by recursion, one frame per level: 20,000 nested brackets overflowed the stack and killed the process.
/// Counted on the events, before any node is built, a deeper document stops as a <see cref="YamlException"/>.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner, int maxDepth) : IParser
{
    /// <summary>A seed file nests four deep (section, record, sources, source); this leaves room and no risk.</summary>
    public const int DefaultMaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > maxDepth:
                // The inner exception's message is the one reported, without YamlDotNet's position prefix.
                throw new YamlException(inner.Current.Start, inner.Current.End, $"nesting deeper than {maxDepth}",
                    new InvalidDataException($"nesting deeper than {maxDepth}."));
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }
}
