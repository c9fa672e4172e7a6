using System.Globalization;
using System.Text.Json;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.LlamaFactory;

/// <summary>
/// Parses one trainer_log.jsonl line: current_steps is the step; every other number is a series under its logged
/// name (loss, eval_loss, lr or learning_rate, epoch, throughput, ...); elapsed_time becomes seconds; the progress
/// fields (total_steps, percentage, remaining_time) and nulls are skipped. A line whose current_steps is lower
/// than the previous line's is a resume (LLaMA-Factory appends after a restart); <see cref="Finish"/> reports it once.
/// </summary>
internal sealed class TrainerLogRow(string path, RunFragment fragment)
{
    private const string ElapsedTime = "elapsed_time";

    private readonly Dictionary<string, SeriesBuilder?> builders = new(StringComparer.Ordinal);
    private readonly List<(SeriesBuilder Builder, double Value, bool IsIndex)> values = [];
    private char[] name = new char[64];
    private double lastStep = double.NegativeInfinity;
    private int resumes;
    private (long Line, double From, double To) firstResume;

    public string? Parse(ReadOnlySpan<byte> json, long line)
    {
        values.Clear();
        var reader = new Utf8JsonReader(json, JsonLines.ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "not a JSON object";
        }

        double step = double.NaN;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<char> key = Name(ref reader);
            reader.Read();
            if (key.SequenceEqual("current_steps"))
            {
                step = JsonValues.TryGetDouble(ref reader, out double s) ? s : double.NaN;
            }
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
            else if (Builder(key) is SeriesBuilder builder && Value(ref reader, key, out double value))
            {
                values.Add((builder, value, MetricColumns.IsIndex(builder.Name) || builder.Name == ElapsedTime));
            }
        }

        reader.Read(); // throws on anything after the object
        if (double.IsNaN(step))
        {
            fragment.Report(IngestCodes.UnreadableFile, path, line, "no numeric current_steps; line skipped");
            return null;
        }

        Commit(step, line);
        return null;
    }

    /// <summary>Reports the resumes seen, once for the file.</summary>
    public void Finish()
    {
        if (resumes > 0)
        {
            fragment.Report(IngestCodes.ResumedSteps, path, firstResume.Line, string.Create(CultureInfo.InvariantCulture,
                $"current_steps goes back {resumes} times (first {firstResume.From} → {firstResume.To}: a resumed run appended to the "
                + $"log); the later lines win"));
        }
    }

    private void Commit(double step, long line)
    {
        bool resumed = step < lastStep;
        foreach ((SeriesBuilder builder, double value, bool isIndex) in values)
        {
            resumed |= builder.Add(step, value) && !isIndex;
        }

        if (resumed && resumes++ == 0)
        {
            firstResume = (line, lastStep, step);
        }

        lastStep = step;
    }

    private static bool Value(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> key, out double value)
    {
        if (key.SequenceEqual(ElapsedTime) && reader.TokenType == JsonTokenType.String)
        {
            return TimeDelta.TryParseSeconds(reader.GetString(), out value);
        }

        return JsonValues.TryGetDouble(ref reader, out value);
    }

    private SeriesBuilder? Builder(ReadOnlySpan<char> key)
    {
        var lookup = builders.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out SeriesBuilder? builder))
        {
            string text = key.ToString();
            builder = text is "total_steps" or "percentage" or "remaining_time" ? null : fragment.Series(text);
            builders.Add(text, builder);
        }

        return builder;
    }

    private ReadOnlySpan<char> Name(ref Utf8JsonReader reader)
    {
        int length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > name.Length)
        {
            name = new char[Math.Max(length, name.Length * 2)];
        }

        return name.AsSpan(0, reader.CopyString(name));
    }
}
