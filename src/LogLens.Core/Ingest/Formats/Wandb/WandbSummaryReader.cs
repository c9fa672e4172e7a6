using System.Text.Json;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// files/wandb-summary.json: the last value of each key. Read after the .wandb history: metrics the history lacks
/// become one point at the summary's <c>_step</c>, and disagreements with the history are reported (see <see cref="WandbSummary"/>).
/// </summary>
internal sealed class WandbSummaryReader : IRunFileReader
{
    /// <summary>The file name W&amp;B writes.</summary>
    public const string FileName = "wandb-summary.json";

    /// <summary>The instance.</summary>
    public static readonly WandbSummaryReader Default = new();

    private WandbSummaryReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "wandb";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using JsonDocument? document = JsonFile.LoadObject(path, fragment, "summary values");
        if (document is null)
        {
            return;
        }

        var values = new List<(string Key, double Value)>();
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            WandbValues.Numbers(property.Value, property.Name, values);
        }

        WandbSummary.Merge(fragment, path, values, fragment.Series, key => LastPoint(fragment.Series(key)));
    }

    private static (double Step, double Value)? LastPoint(SeriesBuilder builder)
    {
        if (builder.Count == 0)
        {
            return null;
        }

        Model.MetricSeries built = builder.Build();
        return (built.Steps[^1], built.Values[^1]);
    }
}
