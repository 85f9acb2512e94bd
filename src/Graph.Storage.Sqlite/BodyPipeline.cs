using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Graph.Storage.Sqlite;

/// <summary>Writes the body of one record with the given writer; the span is valid until the writer's next call.</summary>
internal delegate ReadOnlySpan<byte> BodyOf<in T>(RecordBodyWriter writer, T record);

/// <summary>
/// Hands out the JSON bodies of a list of records in order, each with an optional text derived from the record (an
/// entity's match keys). A long list is serialized on another core, a block of records ahead of the caller, while the
/// caller's core runs SQLite, which only ever uses one; a short list is serialized as it is asked for.
/// </summary>
internal sealed class BodyPipeline<T> : IDisposable
{
    private const int BlockSize = 1024;
    private const int Blocks = 4;

    private readonly IReadOnlyList<T> _records;
    private readonly BodyOf<T> _bodyOf;
    private readonly Func<T, string>? _textOf;
    private readonly RecordBodyWriter? _inline;
    private readonly BlockingCollection<Block> _ready = new(Blocks);
    private readonly BlockingCollection<Block> _free = new(Blocks);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task? _producer;
    private ExceptionDispatchInfo? _failure;
    private Block? _current;
    private int _next;

    /// <param name="records">The records, in the order the caller writes them.</param>
    /// <param name="bodyOf">Writes the body of one record.</param>
    /// <param name="textOf">Derives the <see cref="Text"/> of one record, on the same core as its body; none when null.</param>
    public BodyPipeline(IReadOnlyList<T> records, BodyOf<T> bodyOf, Func<T, string>? textOf = null)
    {
        (_records, _bodyOf, _textOf) = (records, bodyOf, textOf);
        if (records.Count < 4 * BlockSize)
        {
            _inline = new RecordBodyWriter();
            return;
        }
        for (var i = 0; i < Blocks; i++) _free.Add(new Block());
        // A thread of its own, like the write it feeds: it runs as long as the write, which pool threads must not.
        _producer = Task.Factory.StartNew(Produce, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The derived text of the record whose body <see cref="Next"/> returned last; null without a <c>textOf</c>.</summary>
    public string? Text { get; private set; }

    /// <summary>The body of the next record of the list, valid until the next call.</summary>
    public ReadOnlySpan<byte> Next()
    {
        if (_inline is not null)
        {
            var record = _records[_next++];
            Text = _textOf?.Invoke(record);
            return _bodyOf(_inline, record);
        }
        if (_current is null || _next == _current.Count)
        {
            if (_current is not null) _free.Add(_current);
            if (!_ready.TryTake(out _current, Timeout.Infinite))
            {
                _failure?.Throw();
                throw new InvalidOperationException("More bodies were asked for than there are records.");
            }
            _next = 0;
        }
        Text = _current.Text(_next);
        return _current.Body(_next++);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _producer?.Wait();
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException)
        {
            // The writer stopped before every body was asked for: the write failed or was cancelled.
        }
        _inline?.Dispose();
        _ready.Dispose();
        _free.Dispose();
        _stop.Dispose();
    }

    private void Produce()
    {
        using var writer = new RecordBodyWriter();
        try
        {
            for (var start = 0; start < _records.Count; start += BlockSize)
            {
                var block = _free.Take(_stop.Token);
                block.Clear();
                for (var i = start; i < Math.Min(start + BlockSize, _records.Count); i++) block.Add(_bodyOf(writer, _records[i]), _textOf?.Invoke(_records[i]));
                _ready.Add(block, _stop.Token);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A record that cannot be written (text that is not valid UTF-16) fails the write when its turn comes.
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _ready.CompleteAdding();
        }
    }

    /// <summary>The bodies of up to <see cref="BlockSize"/> records, one after the other in one buffer, with their texts.</summary>
    private sealed class Block
    {
        private readonly int[] _ends = new int[BlockSize];
        private readonly string?[] _texts = new string?[BlockSize];
        private byte[] _bytes = new byte[256 * BlockSize];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        public void Add(ReadOnlySpan<byte> body, string? text)
        {
            _texts[Count] = text;
            var start = Count == 0 ? 0 : _ends[Count - 1];
            if (start + body.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, start + body.Length));
            body.CopyTo(_bytes.AsSpan(start));
            _ends[Count++] = start + body.Length;
        }

        public string? Text(int index) => _texts[index];

        public ReadOnlySpan<byte> Body(int index)
        {
            var start = index == 0 ? 0 : _ends[index - 1];
            return _bytes.AsSpan(start, _ends[index] - start);
        }
    }
}
