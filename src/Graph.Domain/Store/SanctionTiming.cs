using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// Which day a read of sanctions looks at. Both null read every sanction stored, whatever its dates.
/// </summary>
/// <param name="AsOf">Keeps the sanctions in force on the day, as <see cref="Holding.HoldsOn(Sanction, DateOnly)"/> says.</param>
/// <param name="KnownAsOf">
/// Keeps what the service's copy of the lists said on the day. For a sanction imported from a dataset: the rows of the
/// publication of its dataset in force on the day, that is, with P the latest publication day of the dataset on or
/// before it (a day some sanction of the dataset was first or last seen), those first seen on or before P and last
/// seen on or after it; none before the dataset's first publication. A hand-written sanction (no dataset) is known
/// from its listing date, as <paramref name="AsOf"/> keeps it.
/// </param>
public sealed record SanctionTiming(DateOnly? AsOf, DateOnly? KnownAsOf)
{
    /// <summary>Every sanction, whatever its dates.</summary>
    public static SanctionTiming Any { get; } = new(null, null);
}
