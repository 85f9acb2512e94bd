using System.Globalization;

namespace Graph.Benchmarks.Generation;

/// <summary>
/// The ids the generator gives: entity <c>i</c> is <c>syn-000000i</c>, so a benchmark can name any entity
/// of a store of N entities without reading it first.
/// </summary>
internal static class SyntheticIds
{
    public static string Entity(long index) => "syn-" + index.ToString("D7", CultureInfo.InvariantCulture);

    public static string Sanction(long index) => "syn-s-" + index.ToString(CultureInfo.InvariantCulture);

    public static string Relationship(long index) => "syn-r-" + index.ToString(CultureInfo.InvariantCulture);
}
