using Graph.Import.Running;
using GraphQL.Types;

namespace Graph.GraphQL.Mutations;

internal sealed class ImportReportType : ObjectGraphType<ImportReport>
{
    public ImportReportType()
    {
        Name = "ImportReport";
        Description = "What an import did, or would do in a dry run.";
        Field<NonNullGraphType<ImportFormatGraphType>>("format").Description("The format that was read.").Resolve(c => c.Source.Format);
        Field<NonNullGraphType<StringGraphType>>("input").Description("The input, as named.").Resolve(c => c.Source.Input);
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("True when nothing was written on purpose.").Resolve(c => c.Source.DryRun);
        Field<NonNullGraphType<BooleanGraphType>>("succeeded").Description("True when the import was written, or would have been in a dry run. False when records were rejected: then nothing was written.").Resolve(c => c.Source.Succeeded);
        Field<NonNullGraphType<IntGraphType>>("created").Description("Records created, across kinds.").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Records updated, across kinds.").Resolve(c => c.Source.Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Records that were already as the input says, across kinds.").Resolve(c => c.Source.Unchanged);
        Field<NonNullGraphType<IntGraphType>>("deleted").Description("Records deleted, across kinds.").Resolve(c => c.Source.Deleted);
        Field<NonNullGraphType<IntGraphType>>("delisted").Description("Sanctions of the list that this publication no longer carries, ended on its date.").Resolve(c => c.Source.Delisted);
        Field<NonNullGraphType<RecordCountsType>>("entities").Description("Counts for entities.").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<RecordCountsType>>("sanctions").Description("Counts for sanctions.").Resolve(c => c.Source.Sanctions);
        Field<NonNullGraphType<RecordCountsType>>("relationships").Description("Counts for relationships.").Resolve(c => c.Source.Relationships);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRejectionType>>>>("rejected")
            .Description($"Records refused, with where and why: the first {ImportReportShape.MaxListedRejections}; rejectedCount counts them all.")
            .Resolve(c => c.Source.Rejected.Take(ImportReportShape.MaxListedRejections));
        Field<NonNullGraphType<IntGraphType>>("rejectedCount").Description("How many records were refused, listed in rejected or not.").Resolve(c => c.Source.Rejected.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IgnoredRecordsType>>>>("ignored").Description("Records of kinds the graph does not model, by kind.").Resolve(c => c.Source.Ignored.OrderBy(i => i.Key, StringComparer.Ordinal));
        Field<NonNullGraphType<FloatGraphType>>("elapsedMs").Description("How long the import took, in milliseconds.").Resolve(c => Math.Round(c.Source.Elapsed.TotalMilliseconds, 1));
    }
}
