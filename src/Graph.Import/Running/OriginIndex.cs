using System.Runtime.InteropServices;
using Graph.Import.Reading;

namespace Graph.Import.Running;

/// <summary>
/// Where the records of one kind were read, by id, for the errors the runner finds: the last record of an id is the one
/// imported, so its place is the one named. The index is built on the first error only; an input without errors costs nothing.
/// </summary>
internal sealed class OriginIndex<T>(IReadOnlyList<T> records, IReadOnlyList<RecordOrigin> origins, Func<T, string> id, string input)
{
    private Dictionary<string, int>? _positions;

    /// <summary>The place of the record, or the input itself when its reader did not say.</summary>
    public RecordOrigin Of(string recordId)
    {
        if (_positions is null)
        {
            _positions = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
            for (var i = 0; i < records.Count; i++) CollectionsMarshal.GetValueRefOrAddDefault(_positions, id(records[i]), out _) = i;
        }
        return _positions.TryGetValue(recordId, out var position) && position < origins.Count ? origins[position] : new RecordOrigin(input, 0);
    }
}
