using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// trainer_state.json: every numeric log_history value becomes a series under its logged name at the entry's step
/// (train logs, eval logs, the final summary); logging_steps, eval_steps, save_steps, train_batch_size,
/// num_train_epochs and trial_params become parameters. Metrics of named eval sets (<c>eval_&lt;name&gt;_*</c>)
/// also give one score per dataset (their last value) unless a results file beside gives the final ones.
/// A file cut off mid-write falls back to the run's previous checkpoint when that one holds more history.
/// </summary>
internal sealed class HfTrainerStateReader : IRunFileReader
{
    /// <summary>Reads everything, with per-dataset scores from the log history.</summary>
    public static readonly HfTrainerStateReader Default = new(besideLlamaFactory: false, datasetScores: true);

    /// <summary>A run whose *_results.json already hold the final eval scores: no scores from the log history.</summary>
    public static readonly HfTrainerStateReader WithoutScores = new(besideLlamaFactory: false, datasetScores: false);

    /// <summary>Beside LLaMA-Factory's trainer_log.jsonl: the series it already carries (loss, eval_loss, LR, epoch) are left to it.</summary>
    public static readonly HfTrainerStateReader BesideLlamaFactory = new(besideLlamaFactory: true, datasetScores: true);

    /// <summary><see cref="BesideLlamaFactory"/> and <see cref="WithoutScores"/>.</summary>
    public static readonly HfTrainerStateReader BesideLlamaFactoryWithoutScores = new(besideLlamaFactory: true, datasetScores: false);

    /// <summary>Keys LLaMA-Factory's LogCallback copies from the same logs (old and new names).</summary>
    private static readonly ImmutableHashSet<string> LlamaFactoryKeys =
        ImmutableHashSet.Create(StringComparer.Ordinal, "loss", "eval_loss", "predict_loss", "learning_rate", "epoch");

    private readonly bool besideLlamaFactory;
    private readonly bool datasetScores;

    private HfTrainerStateReader(bool besideLlamaFactory, bool datasetScores)
    {
        this.besideLlamaFactory = besideLlamaFactory;
        this.datasetScores = datasetScores;
    }

    /// <inheritdoc/>
    public string Format => "hf-trainer";

    /// <summary>The variant for a run: whether trainer_log.jsonl is beside it and whether results files hold eval scores.</summary>
    public static HfTrainerStateReader For(bool besideLlamaFactory, bool datasetScores) => (besideLlamaFactory, datasetScores) switch
    {
        (false, true) => Default,
        (false, false) => WithoutScores,
        (true, true) => BesideLlamaFactory,
        _ => BesideLlamaFactoryWithoutScores,
    };

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        ParsedState? state = TrainerStateParser.Parse(path, fragment);
        if (state is null || !state.Complete)
        {
            state = Fallback(path, state, fragment);
        }

        if (state is not null)
        {
            Apply(state, path, fragment);
        }
    }

    /// <summary>A state cut off mid-write: the newest older checkpoint of the same run whose history is longer.</summary>
    private static ParsedState? Fallback(string path, ParsedState? partial, RunFragment fragment)
    {
        foreach (StateFile older in CheckpointGroups.OlderInRun(path))
        {
            var scratch = new RunFragment(fragment.Id, Path.GetDirectoryName(path) ?? ".");
            ParsedState? candidate = TrainerStateParser.Parse(older.Path, scratch);
            if (candidate is { Complete: true } && candidate.Entries.Count > (partial?.Entries.Count ?? -1))
            {
                fragment.Report(IngestCodes.PartialFile, path, null, string.Create(CultureInfo.InvariantCulture,
                    $"log history taken from {fragment.RelativePath(older.Path)} ({candidate.Entries.Count} entries) instead"));
                return candidate;
            }
        }

        return partial;
    }

    private void Apply(ParsedState state, string path, RunFragment fragment)
    {
        foreach ((string key, string value) in state.Fields)
        {
            fragment.SetParam(key, value);
        }

        var builders = new SeriesBuilder?[state.Keys.Count];
        var isIndex = new bool[state.Keys.Count];
        for (int k = 0; k < builders.Length; k++)
        {
            string key = state.Keys[k];
            builders[k] = besideLlamaFactory && LlamaFactoryKeys.Contains(key) ? null : fragment.Series(key);
            isIndex[k] = MetricColumns.IsIndex(key);
        }

        int resumes = 0;
        double firstResume = 0;
        foreach ((double step, int start, int count) in state.Entries)
        {
            bool resumed = false;
            for (int c = start; c < start + count; c++)
            {
                int k = state.CellKeys[c];
                resumed |= builders[k]?.Add(step, state.CellValues[c]) == true && !isIndex[k];
            }

            if (resumed && resumes++ == 0)
            {
                firstResume = step;
            }
        }

        if (resumes > 0)
        {
            fragment.Report(IngestCodes.ResumedSteps, path, null, string.Create(CultureInfo.InvariantCulture,
                $"log history steps repeat or go back {resumes} times (first at step {firstResume}; resumed run?); the later entries win"));
        }

        if (datasetScores)
        {
            AddDatasetScores(state, fragment);
        }
    }

    private static void AddDatasetScores(ParsedState state, RunFragment fragment)
    {
        List<(string Prefix, string Dataset)> datasets = EvalDatasets.Find(state.Keys);
        if (datasets.Count == 0)
        {
            return;
        }

        var last = new double[state.Keys.Count];
        Array.Fill(last, double.NaN);
        for (int c = 0; c < state.CellKeys.Count; c++)
        {
            if (double.IsFinite(state.CellValues[c]))
            {
                last[state.CellKeys[c]] = state.CellValues[c];
            }
        }

        for (int k = 0; k < last.Length; k++)
        {
            if (!double.IsNaN(last[k]) && EvalDatasets.Split(state.Keys[k], datasets) is var (dataset, metric))
            {
                fragment.AddScore(new Score(dataset, metric, last[k]));
            }
        }
    }
}
