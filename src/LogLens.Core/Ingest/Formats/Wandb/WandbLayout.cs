namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// W&amp;B run folders (wandb/run-*/ or offline-run-*/): a folder holding a <c>*.wandb</c> record log, or a
/// <c>files/</c> subfolder with W&amp;B's files (wandb-metadata.json, config.yaml, wandb-summary.json), or those files
/// directly (a run downloaded from the W&amp;B API, detected by content). One run per folder; files/, logs/ and tmp/ are
/// claimed. The latest-run symlink is never walked, so no run counts twice. A sibling <c>sweep-&lt;id&gt;/config-&lt;run&gt;.yaml</c>
/// puts the run in that sweep (its study).
/// </summary>
internal sealed class WandbLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly WandbLayout Default = new();

    private static readonly string[] Owned = ["files", "logs", "tmp"];

    private WandbLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => WandbRecordReader.Default.Format;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var inputs = folder.Files.Where(f => Path.GetFileName(f).EndsWith(".wandb", StringComparison.Ordinal))
            .Select(f => new RunInput(f, WandbRecordReader.Default))
            .ToList();
        string? files = folder.Folder("files");
        bool filesAreWandb = files is not null && IsWandbFolder(files);
        if (filesAreWandb)
        {
            inputs.AddRange(Side(files!));
        }
        else if (folder.File(WandbSummaryReader.FileName) is not null || WandbFiles.IsWandbConfig(folder.File(WandbConfigYamlReader.FileName)))
        {
            inputs.AddRange(Side(folder.Path).Where(i => folder.Files.Contains(i.Path)));
        }

        if (inputs.Count == 0)
        {
            return [];
        }

        if (WandbSweepReader.SweepFileOf(folder.Path) is string sweep)
        {
            inputs.Add(new RunInput(sweep, WandbSweepReader.Default));
        }

        string[] claimed = [.. Owned.Select(folder.Folder).OfType<string>()];
        return [new RunLocation(folder.Path, "", [.. inputs], [.. claimed])];
    }

    private static bool IsWandbFolder(string files) =>
        File.Exists(Path.Combine(files, "wandb-metadata.json")) || File.Exists(Path.Combine(files, WandbSummaryReader.FileName))
        || WandbFiles.IsWandbConfig(Path.Combine(files, WandbConfigYamlReader.FileName));

    /// <summary>config.yaml then wandb-summary.json, those that exist (the summary after the .wandb history it is checked against).</summary>
    private static IEnumerable<RunInput> Side(string folder)
    {
        string config = Path.Combine(folder, WandbConfigYamlReader.FileName);
        string summary = Path.Combine(folder, WandbSummaryReader.FileName);
        if (File.Exists(config))
        {
            yield return new RunInput(config, WandbConfigYamlReader.Default);
        }

        if (File.Exists(summary))
        {
            yield return new RunInput(summary, WandbSummaryReader.Default);
        }
    }
}
