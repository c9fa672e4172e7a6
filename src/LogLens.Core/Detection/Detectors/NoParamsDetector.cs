using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL006: runs that logged no hyperparameters (an empty <c>hparams.yaml</c>, an empty W&amp;B config, a broken
/// <c>params.json</c>). Nothing says they are replicates, so each is judged as a config of its own: seed noise and
/// parameter effects cannot be measured over them.
/// </summary>
internal sealed class NoParamsDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly NoParamsDetector Default = new();

    private NoParamsDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.RunsWithoutParams];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runs = context.Runs.Runs.Where(r => r.Params.IsEmpty).Select(r => r.Id).ToList();
        if (runs.Count == 0)
        {
            yield break;
        }

        string names = string.Join(", ", runs.Take(5))
            + (runs.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $", … ({runs.Count - 5} more)") : string.Empty);
        yield return Finding.Create(
            FindingCatalog.RunsWithoutParams,
            new Subject(),
            string.Create(CultureInfo.InvariantCulture,
                $"{runs.Count} of {context.Runs.Runs.Length} runs logged no hyperparameters ({names}): each is judged on its own, never pooled as seeds of one "
                + $"config; log the parameters (save_hyperparameters(), wandb.config, mlflow.log_params, or a params.json beside the run) to compare configs"),
            Evidence.Of(("runs_without_params", runs.Count), ("runs", context.Runs.Runs.Length), ("examples", string.Join(", ", runs.Take(5)))));
    }
}
