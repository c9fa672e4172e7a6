using System.Text;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.HfTrainer;
using LogLens.Core.Ingest.Formats.LlamaFactory;

namespace LogLens.Core.Tests.Ingest.HfTrainer;

/// <summary>Random bytes, flips, splices and every truncation of valid HF Trainer and LLaMA-Factory files.</summary>
public sealed class HfLlamaFactoryFuzzTests
{
    private static readonly (string File, string Content, IRunFileReader Reader)[] Valid =
    [
        ("trainer_state.json", TrainerStateText.With([.. TrainerStateText.Losses(3), "\"eval_a_loss\": NaN, \"eval_a_runtime\": 1, \"eval_a_samples_per_second\": 2, \"step\": 30"], best: "/x/checkpoint-30", extra: "  \"trial_params\": {\"lr\": 0.1},\n"), HfTrainerStateReader.Default),
        ("all_results.json", "{\"epoch\": 1.0, \"eval_loss\": Infinity, \"eval_samples\": 10, \"train_runtime\": 2.5}", HfResultsReader.Default),
        ("README.md", "# m\n## Training hyperparameters\n- learning_rate: 1e-05\n- seed: 3\n## Results\n", ModelCardReader.Default),
        ("config.json", "{\"id2label\": {\"0\": \"a\"}, \"dim\": 768, \"rope\": {\"theta\": 1e4}, \"arch\": [\"X\"]}", ModelConfigReader.Model),
        ("trainer_log.jsonl", "{\"current_steps\": 10, \"total_steps\": 20, \"loss\": 2.0, \"lr\": NaN, \"elapsed_time\": \"1 day, 0:00:10\"}\n{\"current_steps\": 5, \"total_steps\": 20, \"eval_loss\": 1.0, \"learning_rate\": null}\n", TrainerLogReader.Default),
        ("training_args.yaml", "learning_rate: '5e-5'\ndataset: [a, b]\nnested:\n  x: 1\n", LlamaFactoryYamlReader.Default),
        ("generated_predictions.jsonl", "{\"prompt\": \"p\", \"predict\": \"o\", \"label\": \"l\"}\n{\"chosen\": \"1\", \"rejected\": \"0\"}\n{\"prompt\": \"p\", \"predict\": 3}\n", GeneratedPredictionsReader.Default),
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 140; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    public static TheoryData<int> Files()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Valid.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Corrupt_files_never_throw_and_never_touch_the_healthy_sibling(int seed)
    {
        var random = new Random(seed);
        (string file, string content, IRunFileReader reader) = Valid[seed % Valid.Length];
        byte[] bytes = Corruption.Apply(Encoding.UTF8.GetBytes(content), random);
        using var dir = new TempFolder();
        string path = dir.WriteBytes(Path.Combine("broken", file), bytes);
        dir.Write("broken/checkpoint-10/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(1)));
        dir.Write("healthy/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(2)));
        dir.Write("healthy/all_results.json", "{\"eval_loss\": 0.5}");

        var fragment = new RunFragment("broken", dir.Path);
        Assert.Null(Record.Exception(() => reader.Read(path, fragment)));
        Assert.Null(Record.Exception(() => fragment.Build()));

        IngestResult result = dir.Ingest();
        var healthy = result.Runs.Single(r => r.Id == "healthy");
        Assert.Equal([2.0, 1.99], healthy.FindSeries("loss")!.Values);
        Assert.Single(healthy.Scores);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("broken/", d.Path, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_truncation_of_a_valid_file_is_read_without_an_exception(int index)
    {
        (string file, string content, IRunFileReader reader) = Valid[index];
        byte[] valid = Encoding.UTF8.GetBytes(content);
        using var dir = new TempFolder();
        for (int length = 0; length <= valid.Length; length++)
        {
            string path = dir.WriteBytes(file, valid[..length]);
            var fragment = new RunFragment(".", dir.Path);
            Assert.Null(Record.Exception(() => reader.Read(path, fragment)));
            Assert.Null(Record.Exception(() => fragment.Build()));
        }
    }

    [Fact]
    public void The_full_valid_files_are_read_without_LL001()
    {
        using var dir = new TempFolder();
        foreach ((string file, string content, IRunFileReader reader) in Valid)
        {
            var fragment = new RunFragment(".", dir.Path);
            reader.Read(dir.Write(file, content), fragment);
            Assert.DoesNotContain(fragment.Diagnostics, d => d.Code == "LL001" && !d.Message.Contains("reward-model", StringComparison.Ordinal));
        }
    }
}
