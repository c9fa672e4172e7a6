namespace LogLens.Core.Ingest.Formats.Yolo;

/// <summary>
/// YOLOv5 / Ultralytics train folders (docs/formats.md, "YOLO"): a folder with <c>results.csv</c> beside
/// <c>opt.yaml</c> (YOLOv5) or <c>args.yaml</c> (Ultralytics). Its <c>opt.yaml</c>, <c>hyp.yaml</c> and
/// <c>args.yaml</c> are the run's parameters, so two runs of different models (<c>weights</c>, <c>cfg</c>) are two
/// configs, not two seeds. The metrics come from the folder's TensorBoard event files when it has them (the
/// TensorBoard layout reads those into the same run); otherwise from <c>results.csv</c>, one row per epoch.
/// </summary>
internal sealed class YoloLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly YoloLayout Default = new();

    private static readonly string[] ParamFiles = ["opt.yaml", "hyp.yaml", "args.yaml"];

    private YoloLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => YoloParamsReader.Default.Format;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (folder.File("results.csv") is not string results || (folder.File("opt.yaml") is null && folder.File("args.yaml") is null))
        {
            return [];
        }

        var inputs = ParamFiles.Select(folder.File).OfType<string>().Select(f => new RunInput(f, YoloParamsReader.Default)).ToList();
        if (!folder.Files.Any(f => TensorBoard.TensorBoardFiles.IsEventFile(Path.GetFileName(f))))
        {
            inputs.Add(new RunInput(results, YoloResultsReader.Default));
        }

        return [RunLocation.Of(folder.Path, inputs)];
    }
}
