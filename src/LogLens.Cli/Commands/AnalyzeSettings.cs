namespace LogLens.Cli.Commands;

/// <summary>The parsed options of `loglens analyze`.</summary>
internal sealed record AnalyzeSettings(
    IReadOnlyList<string> Paths,
    string OutDir,
    FileInfo? Config,
    string Formats,
    string FailOn,
    bool NoPlots,
    bool Svg,
    int MaxPlots,
    string? Baseline,
    int Seed,
    Verbosity Verbosity)
{
    /// <summary>The --cache folder, or null.</summary>
    public DirectoryInfo? Cache { get; init; }
}
