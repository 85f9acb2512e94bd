using Graph.Import.Reading;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Types;
using Graph.Import;
using Graph.Import.Gate;
using Graph.Import.Running;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using DateGraphType = Graph.GraphQL.Types.DateGraphType;

namespace Graph.GraphQL.Mutations;

/// <summary>The write side: imports and identity links. Every field needs an authenticated caller (an API key over HTTP).</summary>
internal sealed class GraphMutation : ObjectGraphType
{
    public GraphMutation()
    {
        Name = "Mutation";
        Description = "Writes to the graph. Every field needs `Authorization: Bearer <API key>`; without it the answer is an error with code UNAUTHENTICATED and nothing changes.";

        Field<NonNullGraphType<ImportReportType>>("importDesignations")
            .Description("Imports designations given as text, in one transaction: any rejected record stops the import and the report says why. For large files use POST /imports.")
            .Argument<NonNullGraphType<ImportFormatGraphType>>("format", "The format of the content.")
            .Argument<NonNullGraphType<StringGraphType>>("content", "The file's text: seed YAML, OFAC sdn.csv or FtM JSON lines.")
            .Argument<DateGraphType>("published", "The publication date of the list, a full day; today (UTC) when omitted. OFAC files carry none.")
            .Argument<BooleanGraphType>("dryRun", "Report what would change and write nothing.", a => a.DefaultValue = false)
            .Argument<BooleanGraphType>("allowOlder", "Import a publication older than the newest one of its list already imported; otherwise it is refused with OLDER_PUBLICATION. Even so, lastSeen never moves back and nothing a newer publication wrote or carried changes.", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                WriteAccess.Require(c);
                var options = new ImportOptions(Published(c.GetArgument<PartialDate?>("published")), c.GetArgument("dryRun", false),
                    AllowOlder: c.GetArgument("allowOlder", false));
                var importer = c.RequestServices!.GetRequiredService<DesignationImporter>();
                try
                {
                    return await importer.ImportAsync(ImportSource.FromText("content", c.GetArgument<string>("content")), c.GetArgument<ImportFormat>("format"), options, cancellationToken: c.CancellationToken);
                }
                catch (ImportFailedException e)
                {
                    throw new ExecutionError(e.Message) { Code = GraphErrors.BadUserInput };
                }
                catch (ImportInProgressException e)
                {
                    throw new ExecutionError(e.Message) { Code = ImportInProgressException.Code };
                }
                catch (OlderPublicationException e)
                {
                    throw new ExecutionError(e.Message) { Code = OlderPublicationException.Code };
                }
                catch (StoreBusyException e)
                {
                    throw new ExecutionError("The store is held by another writer; nothing was written. Try again shortly.", e) { Code = GraphErrors.Busy };
                }
            });

        Field<NonNullGraphType<RelationshipType>>("linkSameAs")
            .Description("Ties two entities of different sources as the same real-world entity, e.g. OFAC's \"CAMARA, Sadio\" and the article's \"Sadio Camara\". Each then shows the other's sanctions. Linking twice changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "One entity's id.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The other entity's id.")
            .Argument<StringGraphType>("reason", "Why they are the same, kept as the link's source quote.")
            .ResolveAsync(async c =>
            {
                WriteAccess.Require(c);
                var link = SameAsLink.Between(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<string?>("reason"));
                var store = c.Store();
                await RequireBothEndsAsync(store, link, c.CancellationToken);
                await store.WriteAsync(new GraphBatch([], [], [link]) { DeletedRelationshipIds = [SameAsLink.RejectionIdOf(link.FromId, link.ToId)] }, c.CancellationToken);
                return link;
            });

        Field<NonNullGraphType<RelationshipType>>("rejectSameAs")
            .Description("Records that two entities a match proposed as one are different parties, so that sameAsCandidates stops proposing them. It replaces a sameAs link between them, if any. Rejecting twice changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "One entity's id.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The other entity's id.")
            .Argument<StringGraphType>("reason", "Why they differ, kept as the decision's source quote, e.g. \"born 1964 in Guinea-Bissau, not 1979 in Mali\".")
            .ResolveAsync(async c =>
            {
                WriteAccess.Require(c);
                var rejection = SameAsLink.Rejection(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<string?>("reason"));
                var store = c.Store();
                await RequireBothEndsAsync(store, rejection, c.CancellationToken);
                await store.WriteAsync(new GraphBatch([], [], [rejection]) { DeletedRelationshipIds = [SameAsLink.IdOf(rejection.FromId, rejection.ToId)] }, c.CancellationToken);
                return rejection;
            });

        Field<NonNullGraphType<BooleanGraphType>>("unlinkSameAs")
            .Description("Removes the sameAs link between two entities; false when there was none.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "One entity's id.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The other entity's id.")
            .ResolveAsync(async c =>
            {
                WriteAccess.Require(c);
                var id = SameAsLink.IdOf(c.GetArgument<string>("from"), c.GetArgument<string>("to"));
                var store = c.Store();
                if ((await store.GetRelationshipsByIdAsync([id], c.CancellationToken)).Count == 0) return false;
                await store.WriteAsync(new GraphBatch([], [], []) { DeletedRelationshipIds = [id] }, c.CancellationToken);
                return true;
            });
    }

    /// <summary>Refuses a decision about an entity the graph does not hold.</summary>
    private static async Task RequireBothEndsAsync(IGraphStore store, Relationship decision, CancellationToken cancellationToken)
    {
        var found = await store.GetEntitiesAsync([decision.FromId, decision.ToId], cancellationToken);
        foreach (var id in new[] { decision.FromId, decision.ToId }.Where(id => !found.ContainsKey(id)))
        {
            throw new ExecutionError($"No entity has the id '{id}'.") { Code = "NOT_FOUND" };
        }
    }

    private static DateOnly Published(PartialDate? published) =>
        PublishedDay.TryParse(published?.ToString(), out var day) is { } problem ? throw GraphErrors.BadInput("published", problem) : day;
}
