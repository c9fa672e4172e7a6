namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>
/// TensorBoard log dirs (docs/formats.md): every folder holding event files is one run, its files read in name
/// (= creation time) order. Joined into that run and claimed: subfolders PyTorch's <c>add_hparams</c> wrote (their
/// session start info becomes parameters) and Keras's <c>train/</c> and <c>validation/</c> subfolders (tags
/// prefixed with the folder name). In an HF Trainer output dir, the event files under <c>runs/&lt;name&gt;/</c>
/// belong to the output dir's run, so they join the HF reader's run of the same folder. The <c>hparams.yaml</c> of a
/// Lightning TensorBoardLogger version folder (beside the event files) is read as its parameters.
/// </summary>
internal sealed class TensorBoardLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly TensorBoardLayout Default = new();

    private TensorBoardLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => TensorBoardReader.Default.Format;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var inputs = new List<RunInput>();
        var claimed = new List<string>();
        AddKeras(folder.Folder("train"), TensorBoardReader.KerasTrain, inputs, claimed);
        AddKeras(folder.Folder("validation"), TensorBoardReader.KerasValidation, inputs, claimed);
        if (folder.Folder("runs") is string runs && TensorBoardFiles.IsHfOutputDir(folder.Path))
        {
            AddHfRuns(runs, inputs, claimed);
        }

        string[] own = [.. folder.Files.Where(f => TensorBoardFiles.IsEventFile(Path.GetFileName(f)))];
        if (own.Length > 0)
        {
            var first = new List<RunInput>(own.Select(f => new RunInput(f, TensorBoardReader.Default)));
            if (folder.File("hparams.yaml") is string hparams)
            {
                first.Insert(0, new RunInput(hparams, LoggerHparamsReader.Default));
            }

            AddHParamsFolders([.. folder.Folders.Except(claimed, StringComparer.Ordinal)], first, claimed);
            inputs.InsertRange(0, first);
        }

        return inputs.Count == 0 ? [] : [new RunLocation(folder.Path, "", [.. inputs], [.. claimed])];
    }

    private static void AddHParamsFolders(IEnumerable<string> folders, List<RunInput> inputs, List<string> claimed)
    {
        foreach (string sub in folders.Where(TensorBoardFiles.HoldsHParams))
        {
            inputs.AddRange(TensorBoardFiles.EventFiles(sub).Select(f => new RunInput(f, TensorBoardReader.Default)));
            claimed.Add(sub);
        }
    }

    private static void AddKeras(string? sub, TensorBoardReader reader, List<RunInput> inputs, List<string> claimed)
    {
        string[] files = sub is null ? [] : TensorBoardFiles.EventFiles(sub);
        if (files.Length > 0)
        {
            inputs.AddRange(files.Select(f => new RunInput(f, reader)));
            claimed.Add(sub!);
        }
    }

    /// <summary>
    /// <c>runs/&lt;name&gt;/</c> event files of every Trainer launch into this output dir, ordered by file name (which
    /// starts with the creation time, unlike the folder names' "Mar05_..."), then their add_hparams subfolders.
    /// </summary>
    private static void AddHfRuns(string runs, List<RunInput> inputs, List<string> claimed)
    {
        string[] launches = [runs, .. SubFolders(runs)];
        var events = launches.SelectMany(TensorBoardFiles.EventFiles).OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ThenBy(f => f, StringComparer.Ordinal).ToList();
        if (events.Count == 0)
        {
            return;
        }

        inputs.AddRange(events.Select(f => new RunInput(f, TensorBoardReader.Default)));
        var hparams = new List<string>();
        AddHParamsFolders(launches.Skip(1).SelectMany(SubFolders), inputs, hparams);
        claimed.Add(runs);
    }

    private static string[] SubFolders(string folder)
    {
        try
        {
            return [.. Directory.GetDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
