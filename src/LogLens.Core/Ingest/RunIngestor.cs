using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Ingest.Cache;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest;

/// <summary>
/// Discovers run folders under the given paths and reads them in parallel, one run per task; a reader that
/// throws costs only its own file (LL001), never other files or runs. A FIFO or device, an empty file and a binary
/// file where a text format is expected are one diagnostic each and never reach the reader. Output order is deterministic.
/// </summary>
public static class RunIngestor
{
    /// <summary>Reads every run under <paramref name="paths"/> in every format LogLens knows.</summary>
    /// <param name="paths">Folders to analyse (any depth).</param>
    /// <param name="config">The analysis configuration, used to build <see cref="IngestResult.RunSet"/>.</param>
    /// <param name="progress">Receives the number of runs read so far.</param>
    /// <returns>
    /// Runs and diagnostics. A path that does not exist or is a file is listed in <see cref="IngestResult.Errors"/>
    /// (the CLI maps it to exit code 2); ingest never throws for bad file contents.
    /// </returns>
    public static IngestResult Ingest(IReadOnlyList<string> paths, LogLensConfig config, IProgress<int>? progress = null) =>
        Ingest(paths, config, layouts: null, progress, cache: null);

    /// <summary>Reads every run under <paramref name="paths"/>.</summary>
    /// <param name="paths">Folders to analyse (any depth).</param>
    /// <param name="config">The analysis configuration, used to build <see cref="IngestResult.RunSet"/>.</param>
    /// <param name="layouts">The formats to recognise, <see cref="DefaultLayouts.All"/> when null; earlier layouts claim files first.</param>
    /// <param name="progress">Receives the number of runs read so far.</param>
    /// <param name="cache">When given, unchanged runs are loaded from it, read runs are stored in it, and its unused entries are pruned.</param>
    /// <returns>
    /// Runs and diagnostics. A path that does not exist or is a file is listed in <see cref="IngestResult.Errors"/>
    /// (the CLI maps it to exit code 2); ingest never throws for bad file contents.
    /// </returns>
    internal static IngestResult Ingest(
        IReadOnlyList<string> paths,
        LogLensConfig config,
        IReadOnlyList<IRunLayout>? layouts,
        IProgress<int>? progress = null,
        RunCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(config);
        layouts ??= DefaultLayouts.All;
        var errors = new List<string>();
        var roots = new List<string>();
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                // Silently analysing the folder around a file would read runs the user never named.
                errors.Add($"{path} is a file, not a folder of runs (to analyse the runs around it, give its folder: {Path.GetDirectoryName(full)})");
            }
            else if (!Directory.Exists(full))
            {
                errors.Add($"path not found: {path}");
            }
            else if (!roots.Contains(full, StringComparer.Ordinal))
            {
                roots.Add(full);
            }
        }

        var diagnostics = new List<Diagnostic>();
        var found = new List<PendingRun>();
        string[] prefixes = Prefixes(roots);
        for (int i = 0; i < roots.Count; i++)
        {
            var locations = new List<RunLocation>();
            RunDiscovery.Walk(roots[i], prefixes[i], layouts, locations, diagnostics);
            found.AddRange(PendingRun.Join(roots[i], prefixes[i], locations));
        }

        var results = new (Run Run, IReadOnlyList<Diagnostic> Diagnostics)[found.Count];
        var steps = new StepColumns();
        int done = 0;
        Parallel.For(0, found.Count, i =>
        {
            (Run run, IReadOnlyList<Diagnostic> runDiagnostics) = cache is null ? ReadRun(found[i]) : cache.GetOrRead(found[i], ReadRun);
            results[i] = (steps.Share(run), runDiagnostics);
            progress?.Report(Interlocked.Increment(ref done));
        });

        cache?.Prune();
        ImmutableArray<Run> runs = [.. results.Select(r => r.Run).OrderBy(r => r.Id, StringComparer.Ordinal)];
        diagnostics.AddRange(results.SelectMany(r => r.Diagnostics));
        RunSet runSet = RunSet.Create(runs, config, diagnostics, roots);
        return new IngestResult([.. roots], runs, runSet.Diagnostics, [.. errors], runSet);
    }

    private static (Run, IReadOnlyList<Diagnostic>) ReadRun(PendingRun run)
    {
        var fragment = new RunFragment(run.Id, run.Root, run.Prefix);
        foreach ((string path, IRunFileReader reader) in run.Inputs)
        {
            fragment.BeginInput(path, reader.Format);
            try
            {
                if (SpecialFiles.Describe(path) is string kind)
                {
                    // An input a layout named outside the folder listing (a sibling sweep file, a checkpoint's file).
                    fragment.Report(IngestCodes.UnreadableFile, path, null, RunDiscovery.NotRegular(kind));
                    continue;
                }

                if (File.Exists(path) && new FileInfo(path).Length == 0)
                {
                    fragment.Report(IngestCodes.PartialFile, path, null, "file is empty (still being written?); nothing read");
                    continue;
                }

                if (reader is not IBinaryFileReader && File.Exists(path) && BinarySniff.Check(path, out long line) is string binary)
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, line, binary);
                    continue;
                }

                reader.Read(path, fragment);
            }
            catch (Exception e)
            {
                fragment.Report(IngestCodes.UnreadableFile, path, null,
                    $"could not be read ({e.GetType().Name}: {e.Message}); what was read before the error is kept");
            }
        }

        Run built = fragment.Build();
        fragment.Recycle();
        return (built, fragment.Diagnostics);
    }

    /// <summary>"" for a single root; with several, each root's folder name, made unique with "~2", "~3".</summary>
    private static string[] Prefixes(List<string> roots)
    {
        if (roots.Count <= 1)
        {
            return [.. roots.Select(_ => "")];
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new string[roots.Count];
        for (int i = 0; i < roots.Count; i++)
        {
            string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(roots[i]));
            name = name.Length == 0 ? "root" : name;
            string unique = name;
            for (int n = 2; !used.Add(unique); n++)
            {
                unique = name + "~" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            result[i] = unique;
        }

        return result;
    }
}
