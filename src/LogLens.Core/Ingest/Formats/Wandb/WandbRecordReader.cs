using Google.Protobuf;
using LogLens.Core.Ingest.Formats.Wandb.Proto;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// run-&lt;id&gt;.wandb, the binary record log W&amp;B writes for every run (online or offline): history rows become
/// series, config records parameters, and summary records (only when no wandb-summary.json sits beside it) final
/// points checked against the history; the exit record's code the run's status (<see cref="Finished"/> or
/// <see cref="Failed"/>: a failed run's history is still read and analysed). A corrupt chunk is skipped with its offset reported; a short tail is
/// a run still being written (LL002).
/// </summary>
internal sealed class WandbRecordReader : IBinaryFileReader
{
    /// <summary>The instance.</summary>
    public static readonly WandbRecordReader Default = new();

    /// <summary>W&amp;B's state of a run that exited with code 0.</summary>
    public const string Finished = "finished";

    /// <summary>W&amp;B's state of a run that exited with a nonzero code (the script raised or called sys.exit(n)).</summary>
    public const string Failed = "failed";

    private static readonly MessageParser<Record> Parser = Record.Parser.WithDiscardUnknownFields(true);

    private WandbRecordReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "wandb";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        var log = new WandbLogReader(stream, (code, _, message) => fragment.Report(code, path, null, message));
        var history = new WandbHistory(fragment, path);
        var summary = new Dictionary<string, string>(StringComparer.Ordinal);
        int? exitCode = null;
        while (log.TryRead(out ReadOnlySpan<byte> payload, out long offset))
        {
            Record record;
            try
            {
                record = Parser.ParseFrom(payload);
            }
            catch (InvalidProtocolBufferException e)
            {
                fragment.Report(IngestCodes.UnreadableFile, path, null, $"record at byte offset {offset} is not a valid W&B record ({e.Message}); skipped");
                continue;
            }

            switch (record.RecordTypeCase)
            {
                case Record.RecordTypeOneofCase.History:
                    history.Add(record.History);
                    break;
                case Record.RecordTypeOneofCase.Config:
                    WandbConfig.Apply(record.Config, fragment);
                    break;
                case Record.RecordTypeOneofCase.Summary:
                    Collect(record.Summary, summary);
                    break;
                case Record.RecordTypeOneofCase.Run:
                    WandbConfig.Apply(record.Run.Config, fragment);
                    Collect(record.Run.Summary, summary);
                    break;
                case Record.RecordTypeOneofCase.Exit:
                    exitCode = record.Exit.ExitCode;
                    break;
            }
        }

        if (exitCode is int code)
        {
            fragment.SetStatus(StatusOf(code));
        }
        else if (!log.Truncated && !log.NotWandb)
        {
            fragment.Report(IngestCodes.PartialFile, path, null, "no exit record (run still being written, or it crashed); everything logged so far is read");
        }

        if (!HasSummaryFile(path))
        {
            WandbSummary.Merge(fragment, path, WandbSummary.Numbers(summary), history.Series, history.LastPoint);
        }
    }

    /// <summary>The run's state as W&amp;B names it from the exit record: "finished" for exit code 0, else "failed".</summary>
    internal static string StatusOf(int exitCode) => exitCode == 0 ? Finished : Failed;

    private static void Collect(SummaryRecord? record, Dictionary<string, string> summary)
    {
        if (record is null)
        {
            return;
        }

        foreach (SummaryItem item in record.Update)
        {
            summary[WandbValues.Key(item.Key, item.NestedKey)] = item.ValueJson;
        }

        foreach (SummaryItem item in record.Remove)
        {
            summary.Remove(WandbValues.Key(item.Key, item.NestedKey));
        }
    }

    /// <summary>A wandb-summary.json in files/ (or beside the .wandb) is read as its own input and does the summary check.</summary>
    private static bool HasSummaryFile(string path)
    {
        string folder = Path.GetDirectoryName(path) ?? ".";
        return new[] { Path.Combine(folder, "files", WandbSummaryReader.FileName), Path.Combine(folder, WandbSummaryReader.FileName) }
            .Any(f => File.Exists(f) && new FileInfo(f).Length > 0);
    }
}
