using System.Text;
using LogLens.Core.Model;

namespace LogLens.Cli;

/// <summary>
/// Wraps stdout or stderr so that no control character from a log (run names, metric names, quoted bytes) reaches
/// the terminal raw: each becomes a visible escape (<see cref="PrintableText"/>). Line feeds and tabs pass, and so
/// do carriage returns that end a line ("\r\n") or, on stderr, redraw the progress line.
/// </summary>
internal sealed class TerminalWriter : TextWriter
{
    private readonly TextWriter inner;
    private readonly bool carriageReturns;
    private readonly Lock gate = new();
    private bool pendingReturn;

    /// <param name="inner">The stream written to.</param>
    /// <param name="carriageReturns">Whether a lone '\r' passes (stderr, for the progress line).</param>
    public TerminalWriter(TextWriter inner, bool carriageReturns)
    {
        this.inner = inner;
        this.carriageReturns = carriageReturns;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (gate)
        {
            int start = 0;
            for (int i = 0; i < buffer.Length; i++)
            {
                char c = buffer[i];
                if (pendingReturn)
                {
                    pendingReturn = false;
                    inner.Write(c == '\n' ? "\r" : PrintableText.EscapeOf('\r'));
                }

                if (c is '\n' or '\t' || !PrintableText.NeedsEscape(c) || (c == '\r' && carriageReturns))
                {
                    continue;
                }

                inner.Write(buffer[start..i]);
                start = i + 1;
                if (c == '\r' && i + 1 == buffer.Length)
                {
                    pendingReturn = true; // a "\r\n" may arrive in two writes: the next character decides
                }
                else
                {
                    inner.Write(c == '\r' && buffer[i + 1] == '\n' ? "\r" : PrintableText.EscapeOf(c));
                }
            }

            inner.Write(buffer[start..]);
        }
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override void Flush()
    {
        lock (gate)
        {
            if (pendingReturn)
            {
                pendingReturn = false;
                inner.Write(PrintableText.EscapeOf('\r'));
            }

            inner.Flush();
        }
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }
}
