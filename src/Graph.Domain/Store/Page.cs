namespace Graph.Domain.Store;

/// <summary>A request for one page of a list: at most <paramref name="First"/> items after the opaque cursor.</summary>
public sealed record PageRequest(int First, string? After)
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxSize = 500;
}

/// <summary>One page of a list, with the cursor of each item and the total the filter matches.</summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage, long TotalCount);

/// <summary>An item of a page with the cursor that resumes after it.</summary>
public sealed record PageItem<T>(T Node, string Cursor);
