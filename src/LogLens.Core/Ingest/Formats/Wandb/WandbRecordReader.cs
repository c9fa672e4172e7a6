using Google.Protobuf;
using LogLens.Core.Ingest.Formats.Wandb.Proto;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// run-&lt;id&gt;.wandb, the binary record log W&amp;B writes for every run (online or offline): history rows become
/// series, config records parameters, and summary records (only when no wandb-summary.json sits beside it) final
/// points checked against the history. A corrupt chunk is skipped with its offset reported; a short tail is
/// a run still being written (LL002).
/// </summary>
public sealed class WandbRecordReader : IBinaryFileReader
{
    /// <summary>The instance.</summary>
    public static readonly WandbRecordReader Default = new();

    private static readonly MessageParser<Record> Parser = Record.Parser.WithDiscardUnknownFields(true);

    private WandbRecordReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "wandb";

    /// <inheritdoc/>
    public bool CanRead(string fileName) => fileName.EndsWith(".wandb", StringComparison.Ordinal);

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        var log = new WandbLogReader(stream, (code, _, message) => fragment.Report(code, path, null, message));
        var history = new WandbHistory(fragment, path);
        var summary = new Dictionary<string, string>(StringComparer.Ordinal);
        bool exited = false;
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
                    exited = true;
                    break;
            }
        }

        if (!exited && !log.Truncated && !log.NotWandb)
        {
            fragment.Report(IngestCodes.PartialFile, path, null, "no exit record (run still being written, or it crashed); everything logged so far is read");
        }

        if (!HasSummaryFile(path))
        {
            WandbSummary.Merge(fragment, path, WandbSummary.Numbers(summary), history.Series, history.LastPoint);
        }
    }

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
