using FluentValidation.Results;
using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>
/// Reads FollowTheMoney JSON lines, plain entities or OpenSanctions delta operations, into a <see cref="ParsedInput"/>.
/// A bad line is reported by file, line and field and the reading goes on, so that one pass finds every problem.
/// </summary>
public static class FtmReader
{
    /// <summary>Reads every line of <paramref name="lines"/>; never throws for bad input.</summary>
    /// <param name="lines">One JSON object per line; blank lines are skipped.</param>
    /// <param name="fileName">The file as the user named it, for error reports.</param>
    /// <param name="cancellationToken">Stops the reading between lines.</param>
    public static ParsedInput Read(TextReader lines, string fileName, CancellationToken cancellationToken = default)
    {
        var session = new Session(fileName);
        var number = 0;
        while (lines.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Accept(line, ++number);
        }
        return session.Finish();
    }

    /// <summary>Reads every line of <paramref name="lines"/> asynchronously; never throws for bad input.</summary>
    /// <param name="lines">One JSON object per line; blank lines are skipped.</param>
    /// <param name="fileName">The file as the user named it, for error reports.</param>
    /// <param name="cancellationToken">Stops the reading between lines.</param>
    public static async Task<ParsedInput> ReadAsync(TextReader lines, string fileName, CancellationToken cancellationToken = default)
    {
        var session = new Session(fileName);
        var number = 0;
        await foreach (var line in FtmLines.ReadAsync(lines, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Accept(line, ++number);
        }
        return session.Finish();
    }

    /// <summary>
    /// FtM names a sanction's authority by name only. When the same input also holds an entity of that exact name (as
    /// an FtM export of this graph does: its authorities are entities too), the sanction points at that entity, instead
    /// of at a new public body the import would create because the store does not hold the entity yet.
    /// </summary>
    private static void LinkAuthoritiesToEntities(ParsedInput parsed)
    {
        if (parsed.Authorities.Count == 0 || parsed.Sanctions.Count == 0) return;
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in parsed.Authorities.Values) byName.TryAdd(name, null);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in parsed.Entities)
        {
            // An authority whose own id is an entity of the input is kept as it is.
            if (parsed.Authorities.ContainsKey(entity.Id)) present.Add(entity.Id);
            // People do not impose sanctions; the first body of that name is the one meant.
            if (entity.Kind != EntityKind.Person && byName.TryGetValue(entity.Name, out var found) && found is null) byName[entity.Name] = entity.Id;
        }
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, name) in parsed.Authorities)
        {
            if (!present.Contains(id) && byName[name] is { } entityId) renamed[id] = entityId;
        }
        foreach (var id in renamed.Keys) parsed.Authorities.Remove(id);
        for (var i = 0; renamed.Count > 0 && i < parsed.Sanctions.Count; i++)
        {
            if (renamed.TryGetValue(parsed.Sanctions[i].AuthorityId, out var entityId)) parsed.Sanctions[i] = parsed.Sanctions[i] with { AuthorityId = entityId };
        }
    }

    /// <summary>The state of one read: the parser's buffers, the mapper's caches and the result.</summary>
    private sealed class Session
    {
        private readonly string _fileName;
        private readonly FtmLineParser _parser = new();
        private readonly FtmMapper _mapper;

        public Session(string fileName)
        {
            _fileName = fileName;
            _mapper = new FtmMapper(Parsed);
        }

        public ParsedInput Parsed { get; } = new();

        public void Accept(string line, int number)
        {
            // A byte order mark survives when the caller did not decode the file with a StreamReader.
            var text = line.Trim().TrimStart('\uFEFF');
            if (text.Length == 0) return;
            var record = _parser.Parse(text);
            foreach (var problem in record.Problems) Reject(number, problem.Field, problem.Message);
            if (record.Unreadable) return;
            var rejected = record.Problems.Count > 0;
            // A schema the graph does not model is only counted, so its rules do not matter.
            var failures = FtmValidators.For(record)?.Validate(record).Errors ?? [];
            foreach (ValidationFailure failure in failures)
            {
                var field = failure.PropertyName == "op" ? "op" : record.FieldPrefix + failure.PropertyName;
                // A value of the wrong shape was read as absent; that it is missing as well goes without saying.
                if (!IsReported(record, field)) Reject(number, field, failure.ErrorMessage);
                rejected = true;
            }
            if (!rejected) _mapper.Map(record);
        }

        /// <summary>The result, once every line is read.</summary>
        public ParsedInput Finish()
        {
            LinkAuthoritiesToEntities(Parsed);
            return Parsed;
        }

        private void Reject(int line, string field, string message) =>
            Parsed.Rejected.Add(new ImportError(_fileName, line, field, message));

        /// <summary>True when the parser already reported this field, a part of it or the object that holds it.</summary>
        private static bool IsReported(FtmRecord record, string field)
        {
            foreach (var problem in record.Problems)
            {
                if (Within(problem.Field, field) || Within(field, problem.Field)) return true;
            }
            return false;
        }

        private static bool Within(string path, string outer) =>
            path.StartsWith(outer, StringComparison.Ordinal) && (path.Length == outer.Length || path[outer.Length] is '.' or '[');
    }
}
