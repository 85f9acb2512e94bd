namespace Graph.Import.Running;

/// <summary>The report as scripts read it in JSON, the same from the CLI's --json and from POST /imports.</summary>
public static class ImportReportShape
{
    /// <summary>How many rejections a service answer lists: 1 MiB of garbage made an answer of 1.9 MB before it was capped.</summary>
    public const int MaxListedRejections = 100;

    /// <summary>
    /// The report as plain data for a JSON serializer. <paramref name="showFile"/> says how to print file names:
    /// the CLI shows them as given; the service shows only the name, not its temporary upload folder.
    /// <c>rejected</c> lists the first <paramref name="maxRejections"/> rejections; <c>rejectedCount</c> counts them
    /// all and <c>truncated</c> says whether some were left out.
    /// </summary>
    public static object Of(ImportReport report, Func<string, string> showFile, int maxRejections = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRejections);
        return new
        {
            format = report.Format.ToString(),
            input = showFile(report.Input),
            dryRun = report.DryRun,
            succeeded = report.Succeeded,
            created = report.Created,
            updated = report.Updated,
            unchanged = report.Unchanged,
            deleted = report.Deleted,
            delisted = report.Delisted,
            entities = report.Entities,
            sanctions = report.Sanctions,
            relationships = report.Relationships,
            rejected = report.Rejected.Take(maxRejections).Select(r => new { file = showFile(r.File), line = r.Line, field = r.Field, message = r.Message }),
            rejectedCount = report.Rejected.Count,
            truncated = report.Rejected.Count > maxRejections,
            ignored = report.Ignored,
            elapsedMs = Math.Round(report.Elapsed.TotalMilliseconds, 1),
        };
    }
}
