using System.Globalization;
using Google.Protobuf;
using LogLens.Core.Ingest.Formats.TensorBoard.Proto;
using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>
/// Turns the events of one file into a run fragment: scalars (simple_value or a one-element tensor) into series
/// named by tag (behind the reader's prefix), the HF Trainer's <c>args/text_summary</c> and the hparams plugin's
/// session start info into parameters. Other summaries (images, histograms, graphs, ...) are skipped.
/// </summary>
internal sealed class EventFileSink(string path, RunFragment fragment, string prefix)
{
    private static readonly MessageParser<Event> EventParser = Event.Parser.WithDiscardUnknownFields(true);
    private static readonly MessageParser<HParamsPluginData> HParamsParser = HParamsPluginData.Parser.WithDiscardUnknownFields(true);

    private readonly Dictionary<string, SeriesBuilder> series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> plugins = new(StringComparer.Ordinal);
    private long? restartOffset;
    private bool resumeReported;

    /// <summary>Reads one record's bytes as an Event; a record that is not one is reported and skipped.</summary>
    public void Add(ReadOnlySpan<byte> record, long offset)
    {
        Event e;
        try
        {
            e = EventParser.ParseFrom(record);
        }
        catch (InvalidProtocolBufferException ex)
        {
            Report(IngestCodes.UnreadableFile, $"record at byte offset {offset} is not a TensorBoard event ({ex.Message}); skipped");
            return;
        }

        if (e.WhatCase == Event.WhatOneofCase.SessionLog && e.SessionLog.Status == SessionLog.Types.SessionStatus.Start)
        {
            restartOffset = offset;
        }
        else if (e.WhatCase == Event.WhatOneofCase.Summary)
        {
            foreach (Summary.Types.Value value in e.Summary.Value)
            {
                AddValue(value, e.Step, offset);
            }
        }
    }

    private void AddValue(Summary.Types.Value value, long step, long offset)
    {
        string tag = value.Tag.Length > 0 ? value.Tag : value.NodeName;
        if (value.KindCase == Summary.Types.Value.KindOneofCase.SimpleValue)
        {
            // TensorBoard reads a simple_value as a scalar whatever plugin it names.
            AddPoint(tag, step, value.SimpleValue, offset);
            return;
        }

        string plugin = Plugin(tag, value.Metadata?.PluginData?.PluginName);
        if (plugin == "hparams")
        {
            AddHParams(tag, value.Metadata?.PluginData?.Content, offset);
        }
        else if (plugin == "text")
        {
            AddText(tag, value.Tensor, offset);
        }
        else if (value.KindCase == Summary.Types.Value.KindOneofCase.Tensor && plugin is "" or "scalars")
        {
            if (TensorScalar.Read(value.Tensor, out string problem) is double scalar)
            {
                AddPoint(tag, step, scalar, offset);
            }
            else if (plugin == "scalars")
            {
                Report(IngestCodes.UnreadableFile, $"scalar '{tag}' at step {step} (byte offset {offset}): {problem}; value skipped");
            }
        }
    }

    /// <summary>The plugin of a tag: writers may put the metadata on a tag's first value only.</summary>
    private string Plugin(string tag, string? name)
    {
        if (!string.IsNullOrEmpty(name))
        {
            plugins[tag] = name;
            return name;
        }

        return plugins.GetValueOrDefault(tag, "");
    }

    private void AddPoint(string tag, long step, double value, long offset)
    {
        if (!series.TryGetValue(tag, out SeriesBuilder? builder))
        {
            builder = fragment.Series(prefix.Length == 0 || tag.StartsWith(prefix, StringComparison.Ordinal) ? tag : prefix + tag);
            series.Add(tag, builder);
        }

        if (builder.Add(step, value) && !resumeReported)
        {
            resumeReported = true;
            string cause = restartOffset is long at ? $"after a restart (SessionLog START at byte offset {at})" : $"at byte offset {offset}";
            Report(IngestCodes.ResumedSteps,
                $"steps repeat or go back {cause}: '{builder.Name}' step {step} comes after a later step; the later segment wins for repeated steps");
        }
    }

    private void AddText(string tag, TensorProto? tensor, long offset)
    {
        if (tag != "args/text_summary")
        {
            return;
        }

        if (tensor is null || tensor.StringVal.Count != 1)
        {
            Report(IngestCodes.UnreadableFile, $"text '{tag}' at byte offset {offset} does not hold one string; parameters not read from it");
        }
        else if (ArgsTextParams.Read(tensor.StringVal[0].Span, fragment) is string problem)
        {
            Report(IngestCodes.UnreadableFile, $"text '{tag}' at byte offset {offset} is {problem}; parameters not read from it");
        }
    }

    private void AddHParams(string tag, ByteString? content, long offset)
    {
        if (tag != "_hparams_/session_start_info")
        {
            return;
        }

        try
        {
            HParamsPluginData data = HParamsParser.ParseFrom(content ?? ByteString.Empty);
            foreach ((string key, Google.Protobuf.WellKnownTypes.Value v) in data.SessionStartInfo?.Hparams ?? [])
            {
                fragment.SetParam(key, HParamText.Of(v));
            }
        }
        catch (InvalidProtocolBufferException ex)
        {
            Report(IngestCodes.UnreadableFile, $"hparams session start info at byte offset {offset} is unreadable ({ex.Message}); skipped");
        }
    }

    private void Report(string code, FormattableString message) =>
        fragment.Report(code, path, null, message.ToString(CultureInfo.InvariantCulture));
}
