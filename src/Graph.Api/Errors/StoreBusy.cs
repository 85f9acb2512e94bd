using Graph.Domain.Store;

namespace Graph.Api.Errors;

internal static class StoreBusy
{
    /// <summary>Said instead of the store's own message, which may name its file.</summary>
    public const string Message = "The store is busy with a write; try again shortly.";

    /// <summary>The busy store behind an exception, if any, however deeply wrapped (a resolver's error, a data loader's aggregate).</summary>
    public static StoreBusyException? In(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is StoreBusyException busy) return busy;
            if (exception is AggregateException aggregate) return aggregate.InnerExceptions.Select(In).FirstOrDefault(e => e is not null);
        }
        return null;
    }
}
