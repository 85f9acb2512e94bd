using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>One statement as the store issued it: in which transaction (null when run on its own) and with what.</summary>
internal sealed record Issued(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters, int? Transaction)
{
    public string Name => Statement.Name;

    /// <summary>The rows of a list parameter such as <c>$rows</c>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(string parameter = "rows") =>
        [.. ((System.Collections.IEnumerable)Parameters[parameter]!).Cast<IReadOnlyDictionary<string, object?>>()];

    public IReadOnlyList<string> Strings(string parameter) =>
        [.. ((System.Collections.IEnumerable)Parameters[parameter]!).Cast<string>()];
}

/// <summary>
/// Records every statement and answers with canned results: <see cref="Respond"/> when it answers, else what a
/// healthy server would say to a write (the reserved sequence numbers, the ids of created relationships, a key
/// index with nothing to rebuild, match keys of this build's version).
/// <see cref="Fail"/> may throw instead, given the statement and the transaction's number (1 for the first).
/// </summary>
internal sealed class FakeCypherRunner : ICypherRunner
{
    public List<Issued> Issued { get; } = [];

    public List<FakeTransaction> Transactions { get; } = [];

    public Func<CypherStatement, IReadOnlyDictionary<string, object?>, CypherResult?> Respond { get; set; } = (_, _) => null;

    public Func<CypherStatement, int?, Exception?> Fail { get; set; } = (_, _) => null;

    public IEnumerable<string> Names => Issued.Select(i => i.Name);

    public Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, AccessMode access, CancellationToken cancellationToken = default) =>
        Task.FromResult(Run(statement, parameters, null));

    public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var transaction = new FakeTransaction(this, Transactions.Count + 1);
        Transactions.Add(transaction);
        return Task.FromResult<ICypherTransaction>(transaction);
    }

    public CypherResult Run(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, int? transaction)
    {
        Issued.Add(new Issued(statement, parameters, transaction));
        if (Fail(statement, transaction) is { } failure) throw failure;
        return Respond(statement, parameters) ?? Healthy(statement, parameters);
    }

    public static CypherResult Result(string[] fields, params object?[][] rows) => new(fields, [.. rows]);

    private static CypherResult Healthy(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters)
    {
        if (statement == WriteStatements.Reserve) return Result(["last"], [100 + (long)parameters["count"]!]);
        // An empty window: past the last entity, nothing rebuilt.
        if (statement == KeyStatements.Rebuild) return Result(["last", "rebuilt"], [null, 0L]);
        // Match keys built under this build's rules.
        if (statement == MatchStatements.Version) return Result(["version"], [(long)Domain.Matching.MatchKeys.Version]);
        if (WriteStatements.RelationshipsOfType.Values.Contains(statement))
        {
            return Result(["id"], [.. ((System.Collections.IEnumerable)parameters["rows"]!)
                .Cast<IReadOnlyDictionary<string, object?>>().Select(row => new object?[] { row["id"] })]);
        }
        return CypherResult.Empty;
    }
}

internal sealed class FakeTransaction(FakeCypherRunner runner, int number) : ICypherTransaction
{
    public int Number => number;

    public bool Committed { get; private set; }

    public bool RolledBack { get; private set; }

    public bool Disposed { get; private set; }

    public Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        if (Committed || RolledBack) throw new InvalidOperationException("The transaction is over.");
        return Task.FromResult(runner.Run(statement, parameters, number));
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        Committed = true;
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        RolledBack = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
