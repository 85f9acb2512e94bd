namespace Graph.Import.Running;

/// <summary>The report as scripts read it in JSON, the same from the CLI's --json and from POST /imports.</summary>
public static class ImportReportShape
{
    /// <summary>
    /// The report as plain data for a JSON serializer. <paramref name="showFile"/> says how to print file names:
    /// the CLI shows them as given; the service shows only the name, not its temporary upload folder.
    /// </summary>
    public static object Of(ImportReport report, Func<string, string> showFile) => new
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
        rejected = report.Rejected.Select(r => new { file = showFile(r.File), line = r.Line, field = r.Field, message = r.Message }),
        ignored = report.Ignored,
        elapsedMs = Math.Round(report.Elapsed.TotalMilliseconds, 1),
    };
}
