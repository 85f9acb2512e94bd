using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Import.Seed;

/// <summary>Reads seed YAML into raw records, with the line of every field; it checks shape, not meaning.</summary>
internal static class SeedFileParser
{
    private static readonly HashSet<string> Sections = ["documents", "entities", "sanctions", "relationships"];
    private static readonly HashSet<string> SourceFields = ["document", "quote"];
    private static readonly HashSet<string> DocumentFields = ["id", "title", "url", "publisher", "publishedOn"];
    private static readonly HashSet<string> EntityFields = ["id", "kind", "name", "aliases", "properties", "note", "sources"];
    private static readonly HashSet<string> SanctionFields =
        ["id", "authority", "target", "programs", "provisions", "listedOn", "endedOn", "reason", "note", "sources"];
    private static readonly HashSet<string> RelationshipFields =
        ["id", "type", "from", "to", "role", "startDate", "endDate", "note", "sources"];

    /// <summary>Adds the records of one YAML text to <paramref name="set"/>; problems go to its error list.</summary>
    public static void Parse(string file, TextReader text, SeedSet set)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(text), DepthLimitedParser.DefaultMaxDepth));
        }
        catch (YamlException e)
        {
            set.Errors.Add(new ImportError(file, (int)e.Start.Line, "(yaml)", e.InnerException?.Message ?? e.Message));
            return;
        }
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode mapping)
            {
                set.Errors.Add(new ImportError(file, YamlRecordReader.LineOf(document.RootNode), "(file)",
                    "a seed file is a mapping with the sections documents, entities, sanctions and relationships."));
                continue;
            }
            var root = new YamlRecordReader(file, mapping, Sections, set.Errors);
            foreach (var r in root.Records("documents", DocumentFields)) set.Documents.Add(Document(r));
            foreach (var r in root.Records("entities", EntityFields)) set.Entities.Add(Entity(r));
            foreach (var r in root.Records("sanctions", SanctionFields)) set.Sanctions.Add(Sanction(r));
            foreach (var r in root.Records("relationships", RelationshipFields)) set.Relationships.Add(Relationship(r));
        }
    }

    private static SeedDocument Document(YamlRecordReader r) =>
        new(r.Scalar("id"), r.Scalar("title"), r.Scalar("url"), r.Scalar("publisher"), r.Scalar("publishedOn"), r.Origin);

    private static SeedEntity Entity(YamlRecordReader r) =>
        new(r.Scalar("id"), r.Scalar("kind"), r.Scalar("name"), r.List("aliases"), r.Map("properties"), r.Scalar("note"), Sources(r), r.Origin);

    private static SeedSanction Sanction(YamlRecordReader r) =>
        new(r.Scalar("id"), r.Scalar("authority"), r.Scalar("target"), r.List("programs"), r.List("provisions"),
            r.Scalar("listedOn"), r.Scalar("endedOn"), r.Scalar("reason"), r.Scalar("note"), Sources(r), r.Origin);

    private static SeedRelationship Relationship(YamlRecordReader r) =>
        new(r.Scalar("id"), r.Scalar("type"), r.Scalar("from"), r.Scalar("to"), r.Scalar("role"),
            r.Scalar("startDate"), r.Scalar("endDate"), r.Scalar("note"), Sources(r), r.Origin);

    private static List<SeedSourceRef> Sources(YamlRecordReader r) =>
        [.. r.Records("sources", SourceFields).Select(s => new SeedSourceRef(s.Scalar("document"), s.Scalar("quote")))];
}
