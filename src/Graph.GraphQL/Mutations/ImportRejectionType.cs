using Graph.Import;
using GraphQL.Types;

namespace Graph.GraphQL.Mutations;

internal sealed class ImportRejectionType : ObjectGraphType<ImportError>
{
    public ImportRejectionType()
    {
        Name = "ImportRejection";
        Description = "A record an import refused, with where it is and why.";
        Field<NonNullGraphType<StringGraphType>>("file").Description("The input that holds the record.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Description("The 1-based line of the field or record; 0 when the problem is not on one line, e.g. a reference to a missing entity.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field, e.g. \"sources[0].quote\".").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong.").Resolve(c => c.Source.Message);
    }
}
