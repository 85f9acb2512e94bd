using FluentValidation.Results;

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
        return session.Parsed;
    }

    /// <summary>Reads every line of <paramref name="lines"/> asynchronously; never throws for bad input.</summary>
    /// <param name="lines">One JSON object per line; blank lines are skipped.</param>
    /// <param name="fileName">The file as the user named it, for error reports.</param>
    /// <param name="cancellationToken">Stops the reading between lines.</param>
    public static async Task<ParsedInput> ReadAsync(TextReader lines, string fileName, CancellationToken cancellationToken = default)
    {
        var session = new Session(fileName);
        var number = 0;
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            session.Accept(line, ++number);
        }
        return session.Parsed;
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
            var record = _parser.Parse(text, number);
            var rejected = false;
            foreach (var problem in record.Problems)
            {
                Parsed.Rejected.Add(new ImportError(_fileName, number, problem.Field, problem.Message));
                rejected = true;
            }
            // Broken JSON leaves nothing to validate.
            if (record.Problems is [{ Field: "(json)" or "(line)" }]) return;
            foreach (ValidationFailure failure in FtmValidators.For(record).Validate(record).Errors)
            {
                var field = failure.PropertyName == "op" ? "op" : record.FieldPrefix + failure.PropertyName;
                Parsed.Rejected.Add(new ImportError(_fileName, number, field, failure.ErrorMessage));
                rejected = true;
            }
            if (!rejected) _mapper.Map(record);
        }
    }
}
