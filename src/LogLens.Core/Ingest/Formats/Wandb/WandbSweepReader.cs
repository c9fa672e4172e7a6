namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// A W&amp;B sweep's <c>sweep-&lt;id&gt;/config-&lt;run&gt;.yaml</c> beside the run folders (wandb 0.25+): the only place that
/// says a run belongs to the sweep. The sweep is the run's study, so the sweep's runs are compared with each other and
/// not with runs outside it. The file's parameters are the run's own config (read from <c>files/config.yaml</c>).
/// </summary>
internal sealed class WandbSweepReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly WandbSweepReader Default = new();

    private WandbSweepReader()
    {
    }

    /// <inheritdoc/>
    public string Format => WandbRecordReader.Default.Format;

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        string? sweep = Path.GetFileName(Path.GetDirectoryName(path));
        if (sweep is not null)
        {
            fragment.SetStudy(sweep);
        }
    }

    /// <summary>The sweep file of the run folder <paramref name="runFolder"/> (<c>run-&lt;date&gt;-&lt;id&gt;</c>), or null.</summary>
    public static string? SweepFileOf(string runFolder)
    {
        string name = Path.GetFileName(runFolder);
        int dash = name.LastIndexOf('-');
        string? parent = Path.GetDirectoryName(runFolder);
        if (dash < 0 || parent is null || !(name.StartsWith("run-", StringComparison.Ordinal) || name.StartsWith("offline-run-", StringComparison.Ordinal)))
        {
            return null;
        }

        string file = "config-" + name[(dash + 1)..] + ".yaml";
        try
        {
            return Directory.EnumerateDirectories(parent, "sweep-*").Select(d => Path.Combine(d, file)).Where(File.Exists).Order(StringComparer.Ordinal)
                .FirstOrDefault();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
