using System.Collections.Immutable;

namespace LogLens.Core.Model;

/// <summary>One training run: its parameters, step series, final scores and samples.</summary>
/// <param name="Id">The run folder relative to the analysed root, '/' separators ("." for the root itself).</param>
/// <param name="Formats">Formats that fed this run, e.g. "generic".</param>
/// <param name="Params">Hyperparameters, nested keys flattened with '.', values in invariant text.</param>
/// <param name="Series">Step series by metric, sorted by name.</param>
/// <param name="Scores">Final per-dataset evaluation results.</param>
/// <param name="Samples">Repeated-sample outputs.</param>
public sealed record Run(
    string Id,
    ImmutableArray<string> Formats,
    ImmutableSortedDictionary<string, string> Params,
    ImmutableArray<MetricSeries> Series,
    ImmutableArray<Score> Scores,
    ImmutableArray<Sample> Samples)
{
    /// <summary>The inputs that fed this run and what each fed, in reading order (empty for runs built in code).</summary>
    public ImmutableArray<RunSource> Sources { get; init; } = [];

    /// <summary>
    /// The study the run belongs to as its tool records it (an MLflow experiment, a W&amp;B project or sweep, an Optuna
    /// parent run); "" when the tool says nothing. Runs of different studies are never compared with each other.
    /// </summary>
    public string Study { get; init; } = string.Empty;

    /// <summary>The run's status as its tool records it (FINISHED, FAILED, KILLED, RUNNING, crashed); null when unknown.</summary>
    public string? Status { get; init; }

    /// <summary>Metric directions the logs state (e.g. lm-eval's higher_is_better): true when higher is better.</summary>
    public ImmutableSortedDictionary<string, bool> Directions { get; init; } = ImmutableSortedDictionary<string, bool>.Empty.WithComparers(
        StringComparer.Ordinal);

    /// <summary>The series of a metric, or null.</summary>
    public MetricSeries? FindSeries(string metric)
    {
        foreach (MetricSeries s in Series)
        {
            if (s.Name == metric)
            {
                return s;
            }
        }

        return null;
    }
}
