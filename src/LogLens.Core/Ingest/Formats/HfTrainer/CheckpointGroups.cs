using System.Globalization;
using System.Text.RegularExpressions;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// Splits the trainer_state.json files of one output directory into runs. Checkpoints of one run are prefixes
/// of each other (same first log entry, logging_steps and batch size); a checkpoint that disagrees starts another
/// run (a second training written into the same folder). Files are taken in checkpoint order, the root file last;
/// the root file joins the run that wrote its best_model_checkpoint when that checkpoint is here (matched by basename).
/// </summary>
internal static partial class CheckpointGroups
{
    /// <summary>The numeric checkpoint-N subfolders of <paramref name="folders"/>, ascending by N.</summary>
    public static IEnumerable<(string Folder, long Number)> Checkpoints(IEnumerable<string> folders) =>
        folders
            .Select(f => (Folder: f, Match: CheckpointName().Match(Path.GetFileName(f))))
            .Where(f => f.Match.Success && long.TryParse(f.Match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(f => (f.Folder, long.Parse(f.Match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)))
            .OrderBy(f => f.Item2);

    /// <summary>The state files of an output directory, in order: checkpoints ascending, then the root file.</summary>
    public static List<StateFile> Files(string? rootState, IEnumerable<string> folders)
    {
        var files = new List<StateFile>();
        foreach ((string folder, long number) in Checkpoints(folders))
        {
            string state = Path.Combine(folder, HfFiles.State);
            if (File.Exists(state))
            {
                files.Add(new StateFile(state, folder, number, StatePeek.Read(state)));
            }
        }

        if (rootState is not null)
        {
            files.Add(new StateFile(rootState, null, long.MaxValue, StatePeek.Read(rootState)));
        }

        return files;
    }

    /// <summary>Runs, each a list of state files in order; the run holding the last file comes last.</summary>
    public static List<List<StateFile>> Group(IReadOnlyList<StateFile> files)
    {
        var groups = new List<List<StateFile>>();
        foreach (StateFile file in files)
        {
            List<StateFile>? home = file.Checkpoint is null && file.Signature.BestCheckpoint is string best
                ? groups.FirstOrDefault(g => g.Any(f => f.Name == best))
                : null;
            home ??= groups.LastOrDefault(g => g[^1].Signature.CompatibleWith(file.Signature));
            if (home is null)
            {
                home = [];
                groups.Add(home);
            }

            home.Add(file);
        }

        // The run holding the newest file (root, else highest checkpoint) is the output directory's current run.
        if (groups.Count > 1)
        {
            List<StateFile> current = groups.First(g => g.Contains(files[^1]));
            groups.Remove(current);
            groups.Add(current);
        }

        return groups;
    }

    /// <summary>The older files of the run that <paramref name="state"/> is the newest file of, newest first.</summary>
    public static IEnumerable<StateFile> OlderInRun(string state)
    {
        string? parent = Path.GetDirectoryName(state);
        if (parent is null)
        {
            return [];
        }

        bool inCheckpoint = CheckpointName().IsMatch(Path.GetFileName(parent));
        string? output = inCheckpoint ? Path.GetDirectoryName(parent) : parent;
        if (output is null)
        {
            return [];
        }

        string root = Path.Combine(output, HfFiles.State);
        List<StateFile> files = Files(File.Exists(root) ? root : null, Directory.GetDirectories(output));
        List<StateFile>? run = Group(files).FirstOrDefault(g => g.Any(f => f.Path == state));
        return run is null ? [] : run.TakeWhile(f => f.Path != state).Reverse();
    }

    [GeneratedRegex("^checkpoint-([0-9]{1,18})$")]
    private static partial Regex CheckpointName();
}
