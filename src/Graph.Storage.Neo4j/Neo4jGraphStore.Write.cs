using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>How many rows one statement of a write carries at most.</summary>
    public int ChunkSize { get; init; } = 2_000;

    /// <summary>How many times a write that failed transiently (a deadlock, a leader switch) is tried in all.</summary>
    public int MaxWriteAttempts { get; init; } = 4;

    /// <summary>The pause before the first retry of a write; each later one doubles it.</summary>
    public TimeSpan WriteRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// One explicit transaction: deletions first, then entities (with their exact-name keys), sanctions and
    /// relationships in chunks. Any failure rolls it back; a transient one runs the whole transaction again, which
    /// is safe because every step is an upsert by id.
    /// </summary>
    public async Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.IsEmpty) return;
        var plan = WritePlan.Of(batch);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteOnceAsync(plan, cancellationToken);
                break;
            }
            catch (Neo4jException e) when (e.IsTransient && attempt >= MaxWriteAttempts)
            {
                throw Busy(e);
            }
            catch (Neo4jException e) when (e.IsTransient)
            {
                var delay = WriteRetryDelay * Math.Pow(2, attempt - 1);
                _logger.LogWarning("Neo4j write attempt {Attempt} of {MaxAttempts} failed ({Code}); retrying the transaction in {DelayMs} ms: {Message}",
                    attempt, MaxWriteAttempts, e.Code, (long)delay.TotalMilliseconds, e.Message);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
        _changes.WroteLocally();
    }

    /// <summary>
    /// The parts are gathered into one batch and written as one transaction, as a relationship needs both its
    /// entities in the graph, and a transient failure runs the whole transaction again: the write holds all of it in memory.
    /// </summary>
    public async Task WriteInPartsAsync(IAsyncEnumerable<GraphBatch> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var gathered = new List<GraphBatch>();
        await foreach (var part in parts.WithCancellation(cancellationToken))
        {
            if (gathered.Count > 0) GraphBatchParts.RefuseDeletions(part);
            gathered.Add(part);
        }
        if (gathered.Count == 0) return;
        await WriteAsync(gathered.Count == 1 ? gathered[0] : GraphBatchParts.Join(gathered), cancellationToken);
    }

    private async Task WriteOnceAsync(WritePlan plan, CancellationToken cancellationToken)
    {
        await using var transaction = await _runner.BeginTransactionAsync(cancellationToken);
        try
        {
            var run = new TransactionRun(transaction, ChunkSize, cancellationToken);
            var reserved = await run.Single(WriteStatements.Reserve, new() { ["count"] = plan.SequenceCount });
            var firstSeq = RecordReader.Long(reserved.Rows.Single()[0], "reserved sequence") - plan.SequenceCount + 1;

            var keptSeqs = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var result in await run.Chunked(WriteStatements.DeleteRelationships, "ids", plan.ReplacedRelationshipIds))
            {
                foreach (var row in RecordReader.Rows(result))
                {
                    if (row("seq") is long seq) keptSeqs[RecordReader.String(row("id"), "relationship id")] = seq;
                }
            }
            await run.Chunked(WriteStatements.DeleteSanctions, "ids", plan.DeletedSanctionIds);
            await run.Chunked(WriteStatements.DeleteEntities, "ids", plan.DeletedEntityIds);

            foreach (var (label, rows) in plan.EntityRows(firstSeq)) await run.Chunked(WriteStatements.EntitiesOfKind[label], "rows", rows);
            List<string> entityIds = [.. plan.Entities.Select(e => e.Id)];
            await run.Chunked(WriteStatements.EntityKeys, "ids", entityIds);
            await run.Chunked(WriteStatements.LinkSanctions, "ids", entityIds);
            await run.Chunked(WriteStatements.Sanctions, "rows", plan.SanctionRows(firstSeq));
            foreach (var (type, rows) in plan.RelationshipRows(firstSeq, keptSeqs))
            {
                var written = (await run.Chunked(WriteStatements.RelationshipsOfType[type], "rows", rows))
                    .SelectMany(result => result.Rows.Select(row => row[0] as string))
                    .ToHashSet(StringComparer.Ordinal);
                if (rows.FirstOrDefault(row => !written.Contains((string)row["id"]!)) is { } missing)
                {
                    throw new InvalidOperationException(
                        $"The relationship '{missing["id"]}' joins '{missing["fromId"]}' to '{missing["toId"]}', but one of them is " +
                        "neither in the store nor in the batch; nothing was written.");
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await RollBackQuietly(transaction);
            throw;
        }
    }

    /// <summary>Rolls back after a failure; a failed rollback is logged, so that the failure that caused it is the one thrown.</summary>
    private async Task RollBackQuietly(ICypherTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or InvalidOperationException or ObjectDisposedException)
        {
            _logger.LogWarning(e, "Rolling back a failed Neo4j write failed too; the server drops the transaction when it expires");
        }
    }

    /// <summary>Runs a transaction's statements, splitting list parameters into chunks.</summary>
    private sealed class TransactionRun(ICypherTransaction transaction, int chunkSize, CancellationToken cancellationToken)
    {
        public Task<CypherResult> Single(CypherStatement statement, Dictionary<string, object?> parameters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return transaction.RunAsync(statement, parameters, cancellationToken);
        }

        public async Task<List<CypherResult>> Chunked<T>(CypherStatement statement, string parameter, IReadOnlyList<T> items)
        {
            var results = new List<CypherResult>();
            foreach (var chunk in items.Chunk(Math.Max(chunkSize, 1)))
            {
                results.Add(await Single(statement, new() { [parameter] = chunk }));
            }
            return results;
        }
    }
}
