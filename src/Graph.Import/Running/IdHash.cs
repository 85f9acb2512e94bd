namespace Graph.Import.Running;

/// <summary>
/// A 64-bit FNV-1a hash of an id's UTF-16 code units: eight bytes that stand for the id in a set where holding every
/// id would cost more than the records it checks. Two ids may share one; a set of them can only say "maybe seen".
/// </summary>
internal static class IdHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string id)
    {
        var hash = Offset;
        foreach (var c in id)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }
}
