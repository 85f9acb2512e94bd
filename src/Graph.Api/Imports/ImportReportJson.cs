using Graph.Import.Running;

namespace Graph.Api.Imports;

/// <summary>The import report as the upload endpoint answers it: the same fields as the GraphQL ImportReport.</summary>
internal static class ImportReportJson
{
    public static object From(ImportReport report) => new
    {
        format = report.Format.ToString(),
        input = Path.GetFileName(report.Input),
        report.DryRun,
        report.Succeeded,
        report.Created,
        report.Updated,
        report.Unchanged,
        report.Deleted,
        report.Delisted,
        report.Entities,
        report.Sanctions,
        report.Relationships,
        rejected = report.Rejected.Select(r => new { file = Path.GetFileName(r.File), r.Line, r.Field, r.Message }),
        ignored = report.Ignored,
        elapsedMs = Math.Round(report.Elapsed.TotalMilliseconds, 1),
    };
}
