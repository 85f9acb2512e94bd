using Graph.Import;
using GraphQL.Types;

namespace Graph.GraphQL.Mutations;

internal sealed class ImportFormatGraphType : EnumerationGraphType<ImportFormat>
{
    public ImportFormatGraphType()
    {
        Name = "ImportFormat";
        Description = "The formats the importers read.";
        foreach (var value in Values)
        {
            value.Description = (ImportFormat)value.Value! switch
            {
                ImportFormat.Seed => "The project's own YAML seed format (docs/seed-format.md).",
                ImportFormat.OfacCsv => "OFAC's legacy SDN CSV (sdn.csv). Over GraphQL only sdn.csv itself; upload add.csv, alt.csv and sdn_comments.csv with it to POST /imports.",
                _ => "FollowTheMoney entities as JSON lines, plain or as OpenSanctions delta operations.",
            };
        }
    }
}
