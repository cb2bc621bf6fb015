namespace NewsClassifier.Training.Data;

/// <summary>
/// Splits a byte stream into lines without decoding it, so that invalid UTF-8 can be reported per line
/// and an endless line cannot exhaust memory: a line longer than the limit is skipped and flagged.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes) : IDisposable
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _line = new();
    private int _start;
    private int _end;

    /// <summary>Bytes consumed from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line without its line break (a trailing CR is dropped too).</summary>
    /// <returns>False at the end of the stream.</returns>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        _line.SetLength(0);
        tooLong = false;
        var sawAny = false;
        while (true)
        {
            if (_start == _end)
            {
                _end = stream.Read(_buffer, 0, _buffer.Length);
                _start = 0;
                if (_end == 0)
                {
                    line = _line.ToArray();
                    if (!sawAny)
                    {
                        return false;
                    }

                    LineNumber++;
                    line = TrimCarriageReturn(line);
                    return true;
                }
            }

            sawAny = true;
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline >= 0 ? newline : _end;
            if (!tooLong)
            {
                if (_line.Length + (stop - _start) > maxLineBytes)
                {
                    tooLong = true;
                    _line.SetLength(0);
                }
                else
                {
                    _line.Write(_buffer, _start, stop - _start);
                }
            }

            BytesRead += stop - _start + (newline >= 0 ? 1 : 0);
            _start = newline >= 0 ? newline + 1 : _end;
            if (newline >= 0)
            {
                LineNumber++;
                line = TrimCarriageReturn(_line.ToArray());
                return true;
            }
        }
    }

    public void Dispose()
    {
        _line.Dispose();
        stream.Dispose();
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
