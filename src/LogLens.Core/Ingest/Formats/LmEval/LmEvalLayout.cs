using System.Text.Json;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.LmEval;

/// <summary>
/// EleutherAI lm-evaluation-harness output (docs/formats.md "lm-evaluation-harness"), detected by content: a JSON object with
/// <c>results</c> and <c>versions</c>/<c>configs</c>/<c>config</c>, whatever its name. Results files of one model at
/// several checkpoints (same model and arguments, a step from <c>revision=stepN</c> or the file name) form one run
/// whose series run over the checkpoints; any other results file is a run of its own. <c>samples_*.jsonl</c> (or
/// the legacy JSON-array <c>samples_*.json</c>) join the run whose results file carries the same date id.
/// </summary>
internal sealed class LmEvalLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly LmEvalLayout Default = new();

    private LmEvalLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => LmEvalResultsReader.Final.Format;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var results = new List<(string File, LmEvalHeader? Header)>();
        var samples = new List<string>();
        foreach (string file in folder.Files)
        {
            string name = Path.GetFileName(file);
            if (name.StartsWith("samples_", StringComparison.Ordinal)
                && (name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal)))
            {
                samples.Add(file);
            }
            else if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && Sniff(file) is var (isResults, header)
                && (isResults || name.StartsWith("results", StringComparison.Ordinal)))
            {
                results.Add((file, header));
            }
        }

        if (results.Count == 0 && samples.Count == 0)
        {
            return [];
        }

        List<List<string>> runs = Group(results);
        var locations = new List<(List<RunInput> Inputs, string Suffix)>();
        foreach (List<string> files in runs)
        {
            var inputs = files.Select((f, i) => new RunInput(f, i == files.Count - 1 ? LmEvalResultsReader.Final : LmEvalResultsReader.Checkpoint)).ToList();
            locations.Add((inputs, runs.Count == 1 ? "" : "/" + Path.GetFileNameWithoutExtension(files[^1])));
        }

        if (locations.Count == 0)
        {
            locations.Add(([], ""));
        }

        foreach (string sample in samples)
        {
            string date = DateId(sample);
            var owner = locations.FirstOrDefault(l => l.Inputs.Any(i => DateId(i.Path) == date && date.Length > 0));
            (owner.Inputs ?? locations[0].Inputs).Add(new RunInput(sample, LmEvalSamplesReader.Default));
        }

        return locations.Select(l => new RunLocation(folder.Path, l.Suffix, [.. l.Inputs], []));
    }

    /// <summary>Checkpoint files of one model (equal identity, all with distinct steps) ordered by step; every other file alone.</summary>
    private static List<List<string>> Group(List<(string File, LmEvalHeader? Header)> results)
    {
        var runs = new List<List<string>>();
        foreach (var group in results.GroupBy(r => r.Header?.Identity ?? "\0" + r.File, StringComparer.Ordinal))
        {
            var files = group.ToList();
            bool series = files.Count > 1 && files.All(f => f.Header?.Step is not null) && files.Select(f => f.Header!.Step).Distinct().Count() == files.Count;
            runs.AddRange(series
                ? [[.. files.OrderBy(f => f.Header!.Step).Select(f => f.File)]]
                : files.Select(f => new List<string> { f.File }));
        }

        return [.. runs.OrderBy(r => r[^1], StringComparer.Ordinal)];
    }

    /// <summary>Whether the file is an lm-eval results document, and its header; (false, null) when unreadable.</summary>
    private static (bool IsResults, LmEvalHeader? Header) Sniff(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (info.Length is 0 or > LmEvalHeader.MaxSniffBytes)
            {
                return (false, null);
            }

            if (!HeadMentionsResults(file))
            {
                return (false, null);
            }

            var scratch = new RunFragment("", Path.GetDirectoryName(file) ?? ".");
            using JsonDocument? document = JsonFile.Load(file, scratch);
            return document is not null && LmEvalHeader.IsResults(document.RootElement)
                ? (true, LmEvalHeader.Of(document.RootElement, Path.GetFileName(file)))
                : (false, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, null);
        }
    }

    /// <summary>A cheap first look: the harness writes "results" as the first key, so it is in the first 64 KiB.</summary>
    private static bool HeadMentionsResults(string file)
    {
        using FileStream stream = File.OpenRead(file);
        byte[] head = new byte[(int)Math.Min(stream.Length, 64 * 1024)];
        stream.ReadExactly(head);
        return head.AsSpan().IndexOf("\"results\""u8) >= 0;
    }

    /// <summary>The date id after the last '_' of results_&lt;date&gt;.json / samples_&lt;task&gt;_&lt;date&gt;.jsonl, or "".</summary>
    private static string DateId(string file)
    {
        string stem = Path.GetFileNameWithoutExtension(file);
        int cut = stem.LastIndexOf('_');
        return cut < 0 ? "" : stem[(cut + 1)..];
    }
}
