using System.Collections.Immutable;
using LogLens.Core.Comparison;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Noise;

/// <summary>
/// One business metric across datasets: the configs observed on every dataset, their values per
/// dataset, and the across-dataset ranking used by LL603/LL604/LL605.
/// <para>
/// Candidate and baseline: configs are ranked by their mean goodness averaged over datasets in units of
/// each dataset's seed noise (pooled within-config SD; the between-config SD when no config has two
/// seeds), so a dataset on a larger scale does not dominate and a large gain on one dataset is not
/// reduced to a single vote; the candidate is the top config and the
/// baseline the runner-up. Comparing the winner with the config one would otherwise pick is the
/// decision at stake; against the worst config almost any winner would look general.
/// </para>
/// </summary>
internal sealed class CrossDatasetMatrix
{
    private readonly Dictionary<(string Dataset, string Config), GroupValues> cells;

    private CrossDatasetMatrix(MetricDefinition metric, ImmutableArray<string> datasets, ImmutableArray<string> configs,
        Dictionary<(string, string), GroupValues> cells)
    {
        Metric = metric;
        Datasets = datasets;
        Configs = configs;
        this.cells = cells;
        Means = [.. datasets.Select(d => configs.Select(c => cells[(d, c)].Values.Average(metric.Goodness)).ToArray())];
        Ranked = [.. Enumerable.Range(0, configs.Length)
            .Select(k => (Config: configs[k], Score: datasets.Select((ds, d) => Standardized(Means[d], k, Scale(ds))).Average()))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Config, StringComparer.Ordinal)
            .Select(x => x.Config)];
    }

    public MetricDefinition Metric { get; }

    /// <summary>Datasets, ordinal.</summary>
    public ImmutableArray<string> Datasets { get; }

    /// <summary>Configs observed on every dataset, ordinal.</summary>
    public ImmutableArray<string> Configs { get; }

    /// <summary>Mean goodness, rows = datasets, columns = configs.</summary>
    public double[][] Means { get; }

    /// <summary>Configs best first by mean z-score over datasets (ties: ordinal).</summary>
    public ImmutableArray<string> Ranked { get; }

    /// <summary>The matrix of <paramref name="metric"/>, or null with fewer than 2 datasets or 2 shared configs.</summary>
    public static CrossDatasetMatrix? Build(AnalysisContext context, MetricDefinition metric)
    {
        ImmutableArray<string> datasets = context.DatasetsOf(metric.Name);
        var cells = new Dictionary<(string, string), GroupValues>();
        foreach (string d in datasets)
        {
            foreach (GroupValues g in context.ValuesByConfig(metric.Name, d).Where(g => g.Values.Length > 0))
            {
                cells[(d, g.ConfigKey)] = g;
            }
        }

        ImmutableArray<string> configs = [.. cells.Keys.Select(k => k.Item2).Distinct().Where(c => datasets.All(d => cells.ContainsKey((d, c))))
            .Order(StringComparer.Ordinal)];
        return datasets.Length >= 2 && configs.Length >= 2 ? new CrossDatasetMatrix(metric, datasets, configs, cells) : null;
    }

    /// <summary>Per-dataset samples of baseline and candidate for <see cref="GainAnalysis"/>.</summary>
    public List<(string Dataset, ArmSample Baseline, ArmSample Candidate)> Arms(string baseline, string candidate) =>
        [.. Datasets.Select(d => (d, Arm(cells[(d, baseline)]), Arm(cells[(d, candidate)])))];

    private static ArmSample Arm(GroupValues g) => new(g.Values, g.Seeds);

    private double Scale(string dataset)
    {
        double within = Descriptive.PooledWithinSd(Configs.Select(c => cells[(dataset, c)].Values));
        if (within > 0)
        {
            return within;
        }

        double[] row = [.. Configs.Select(c => cells[(dataset, c)].Mean)];
        double mean = row.Average();
        return Math.Sqrt(row.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, row.Length - 1));
    }

    private static double Standardized(double[] row, int k, double scale) => scale > 0 ? (row[k] - row.Average()) / scale : 0;
}
