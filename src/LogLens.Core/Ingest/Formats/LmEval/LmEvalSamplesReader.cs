using System.Text.Json;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.LmEval;

/// <summary>
/// lm-eval per-document outputs: <c>samples_&lt;task&gt;_&lt;date&gt;.jsonl</c> (one object per document and filter) or the
/// legacy pretty-printed JSON array. A generation task's <c>resps</c> holds the request's responses — several with
/// <c>repeats: N</c>, the harness's repeated samples — and each becomes a <see cref="Sample"/> of the prompt
/// "&lt;task&gt;/&lt;doc_id&gt;"; a log-likelihood task gives one sample (its filtered answer). Only the first filter seen
/// per document is kept (other filters repeat the same responses).
/// </summary>
internal sealed class LmEvalSamplesReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly LmEvalSamplesReader Default = new();

    private static readonly string[] CorrectnessMetrics = ["acc", "exact_match", "em", "correct"];

    private LmEvalSamplesReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "lm-eval";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        string task = TaskOf(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (path.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            JsonLines.Read(path, fragment, (line, number) =>
            {
                using JsonDocument document = JsonDocument.Parse(line.ToArray());
                return Add(document.RootElement, task, seen, fragment);
            });
            return;
        }

        using JsonDocument? legacy = JsonFile.Load(path, fragment);
        if (legacy is null)
        {
            return;
        }

        if (legacy.RootElement.ValueKind != JsonValueKind.Array)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, "expected a JSON array of per-document samples; skipped");
            return;
        }

        int index = 0;
        foreach (JsonElement item in legacy.RootElement.EnumerateArray())
        {
            index++;
            if (Add(item, task, seen, fragment) is string reason)
            {
                fragment.Report(IngestCodes.UnreadableFile, path, null, $"item {index}: {reason}; skipped");
            }
        }
    }

    /// <summary>Adds one document's samples; returns null, or why the object was skipped.</summary>
    private static string? Add(JsonElement doc, string task, HashSet<string> seen, RunFragment fragment)
    {
        if (doc.ValueKind != JsonValueKind.Object || !doc.TryGetProperty("doc_id", out JsonElement id))
        {
            return "no doc_id";
        }

        string prompt = task + "/" + id;
        if (!seen.Add(prompt))
        {
            return null;
        }

        string? expected = doc.TryGetProperty("target", out JsonElement target) && target.ValueKind != JsonValueKind.Null ? target.ToString() : null;
        double? score = CorrectnessMetrics.Select(m => doc.TryGetProperty(m, out JsonElement v) && JsonValues.TryGetDouble(v, out double d) ? d : (double?)null)
            .FirstOrDefault(v => v is not null);
        string[] generations = Generations(doc);
        if (generations.Length > 0)
        {
            bool single = generations.Length == 1;
            for (int i = 0; i < generations.Length; i++)
            {
                fragment.AddSample(
                    new Sample(prompt, i, generations[i], single ? score : null, single && score is double s ? s >= 0.5 : null, task, Expected: expected));
            }

            return null;
        }

        string answer = doc.TryGetProperty("filtered_resps", out JsonElement filtered) ? filtered.GetRawText() : "";
        fragment.AddSample(new Sample(prompt, 0, answer, score, score is double c ? c >= 0.5 : null, task, Expected: expected));
        return null;
    }

    /// <summary>resps = [["gen 1", "gen 2", ...]] for a generation request; empty for log-likelihood pairs.</summary>
    private static string[] Generations(JsonElement doc) =>
        doc.TryGetProperty("resps", out JsonElement resps) && resps.ValueKind == JsonValueKind.Array && resps.GetArrayLength() > 0
        && resps[0] is { ValueKind: JsonValueKind.Array } first && first.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String)
            ? [.. first.EnumerateArray().Select(r => r.GetString()!)]
            : [];

    /// <summary>samples_&lt;task&gt;_&lt;date&gt;.jsonl → task (the date id contains no '_'); samples_&lt;task&gt;.json → task.</summary>
    private static string TaskOf(string path)
    {
        string stem = Path.GetFileNameWithoutExtension(path)["samples_".Length..];
        int cut = stem.LastIndexOf('_');
        return cut > 0 && cut < stem.Length - 1 && char.IsDigit(stem[cut + 1]) ? stem[..cut] : stem;
    }
}
