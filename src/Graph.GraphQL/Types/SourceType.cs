using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact comes from, with the verbatim words that support it.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The title of the document.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Description("Where the document can be read, when known.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("publisher").Description("Who published the document.").Resolve(c => c.Source.Publisher);
        Field<DateGraphType>("publishedOn").Description("When the document was published, possibly partial.").Resolve(c => c.Source.PublishedOn);
        Field<StringGraphType>("quote").Description("The passage of the document, verbatim, that supports the fact.").Resolve(c => c.Source.Quote);
    }
}
