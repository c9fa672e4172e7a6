using System.Collections.Immutable;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// A Hugging Face Trainer output directory: trainer_state.json at the root and/or in checkpoint-N/, and/or
/// {split}_results.json with train_runtime or eval_/test_/predict_ keys. Checkpoints of one run are read through
/// the newest file of the run (each history contains the older ones); checkpoints of another run saved into the
/// same folder become a run of their own, suffixed "@checkpoint-N" (its newest checkpoint). The current run (the
/// one holding the root file, else the highest checkpoint) keeps the folder's id, so TensorBoard's runs/ and
/// LLaMA-Factory's files in the folder join it. Its inputs: the state, results, model card, config.json and
/// adapter_config.json (root and newest checkpoint, also checkpoint-N/adapter_model/).
/// </summary>
internal sealed class HfTrainerLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly HfTrainerLayout Default = new();

    private const int PeekBytes = 64 * 1024;

    private HfTrainerLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => "hf-trainer";

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string? rootState = folder.File(HfFiles.State);
        List<string> results = [.. folder.Files.Where(f => HfFiles.IsResults(Path.GetFileName(f))
            && FilePeek.Contains(f, PeekBytes, "\"train_runtime\"", "\"eval_", "\"predict_", "\"test_"))];
        List<StateFile> states = CheckpointGroups.Files(rootState, folder.Folders);
        if (states.Count == 0 && results.Count == 0)
        {
            return [];
        }

        ImmutableArray<string> checkpoints = [.. CheckpointGroups.Checkpoints(folder.Folders).Select(c => c.Folder)];
        // Claimed by the LLaMA-Factory layout (listed earlier): gone from the listing but still on disk.
        bool besideLlamaFactory = folder.File(HfFiles.LlamaFactoryLog) is null && File.Exists(Path.Combine(folder.Path, HfFiles.LlamaFactoryLog));
        bool resultsHaveEval = results.Any(r => FilePeek.Contains(r, PeekBytes, "\"eval_", "\"predict_", "\"test_"));
        List<List<StateFile>> runs = CheckpointGroups.Group(states);
        var locations = new List<RunLocation>();
        for (int i = 0; i < runs.Count - 1; i++)
        {
            StateFile last = runs[i][^1];
            locations.Add(new RunLocation(
                folder.Path,
                "@" + last.Name,
                [.. StateInputs(runs[i], HfTrainerStateReader.Default), .. Configs(last.Checkpoint)],
                []));
        }

        StateFile? current = runs.Count > 0 ? runs[^1][^1] : null;
        var inputs = new List<RunInput>();
        if (current is not null)
        {
            inputs.AddRange(StateInputs(runs[^1], HfTrainerStateReader.For(besideLlamaFactory, datasetScores: !resultsHaveEval)));
        }

        // The current run's newest checkpoint holding a state, else the newest checkpoint without one (a PEFT
        // checkpoint may hold only adapter_model/): its model and adapter configs.
        string? newest = runs.Count > 0 ? runs[^1].LastOrDefault(s => s.Checkpoint is not null)?.Checkpoint : null;
        newest ??= checkpoints.LastOrDefault(c => !File.Exists(Path.Combine(c, HfFiles.State)));
        inputs.AddRange(Configs(newest));

        inputs.AddRange(Configs(folder.Path).Where(i => folder.Files.Contains(i.Path)));
        if (folder.File(HfFiles.ModelCard) is string card && FilePeek.Contains(card, PeekBytes, ModelCardReader.Heading))
        {
            inputs.Add(new RunInput(card, ModelCardReader.Default));
        }

        inputs.AddRange(Results(results).Select(r => new RunInput(r, HfResultsReader.Default)));
        locations.Add(new RunLocation(folder.Path, "", [.. inputs], checkpoints));
        return locations;
    }

    /// <summary>
    /// The newest state of a run that is not empty (its history holds the older ones), then any newer empty file,
    /// which the ingestor reports as still being written.
    /// </summary>
    private static IEnumerable<RunInput> StateInputs(List<StateFile> run, HfTrainerStateReader reader)
    {
        int newest = run.FindLastIndex(f => Length(f.Path) > 0);
        return run.Skip(Math.Max(newest, 0)).Select(f => new RunInput(f.Path, reader));
    }

    private static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>all_results.json is the merge of every split's results: read it alone when present, else each split file.</summary>
    private static List<string> Results(List<string> results) =>
        results.FirstOrDefault(r => Path.GetFileName(r) == HfFiles.AllResults) is string all ? [all] : results;

    private static IEnumerable<RunInput> Configs(string? folder)
    {
        if (folder is null)
        {
            yield break;
        }

        foreach ((string file, IRunFileReader reader) in new (string, IRunFileReader)[]
        {
            (Path.Combine(folder, HfFiles.ModelConfig), ModelConfigReader.Model),
            (Path.Combine(folder, HfFiles.AdapterConfig), ModelConfigReader.Adapter),
            (Path.Combine(folder, HfFiles.AdapterFolder, HfFiles.AdapterConfig), ModelConfigReader.Adapter),
        })
        {
            if (File.Exists(file))
            {
                yield return new RunInput(file, reader);
            }
        }
    }

}
