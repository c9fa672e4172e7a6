using System.Diagnostics;
using System.Globalization;
using System.Text;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.HfTrainer;
using LogLens.Core.Ingest.Formats.LlamaFactory;

namespace LogLens.Benchmarks;

/// <summary>
/// `hf-readers [entries] [repeats]`: single-threaded MB/s of the HF Trainer trainer_state.json reader and the
/// LLaMA-Factory trainer_log.jsonl reader on large generated files shaped like the real ones (best of the repeats).
/// </summary>
public static class HfLlamaFactoryThroughput
{
    public static int Run(string[] args)
    {
        int entries = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500_000;
        int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        string folder = Path.Combine(Path.GetTempPath(), "loglens-bench-hf-" + entries.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        string state = Path.Combine(folder, "trainer_state.json");
        string log = Path.Combine(folder, "trainer_log.jsonl");
        File.WriteAllText(state, TrainerState(entries));
        File.WriteAllText(log, TrainerLog(entries));
        Measure("trainer_state.json", state, HfTrainerStateReader.Default, repeats);
        Measure("trainer_log.jsonl ", log, TrainerLogReader.Default, repeats);
        return 0;
    }

    private static string TrainerState(int entries)
    {
        var random = new Random(1);
        var text = new StringBuilder("{\n  \"best_metric\": null,\n  \"epoch\": 3.0,\n  \"global_step\": 1,\n  \"log_history\": [");
        for (int i = 1; i <= entries; i++)
        {
            text.Append(i == 1 ? "\n" : ",\n").Append(CultureInfo.InvariantCulture,
                $"    {{\n      \"epoch\": {i / 1000.0},\n      \"grad_norm\": {random.NextDouble() * 3},\n      \"learning_rate\": {5e-05 * (1 - ((double)i / entries))},\n      \"loss\": {Math.Round(random.NextDouble() + 0.2, 4)},\n      \"step\": {i}\n    }}");
        }

        return text.Append("\n  ],\n  \"logging_steps\": 1,\n  \"max_steps\": 1,\n  \"train_batch_size\": 8\n}\n").ToString();
    }

    private static string TrainerLog(int entries)
    {
        var random = new Random(2);
        var text = new StringBuilder();
        for (int i = 1; i <= entries; i++)
        {
            TimeSpan elapsed = TimeSpan.FromSeconds(i * 3.1);
            text.Append(CultureInfo.InvariantCulture,
                $"{{\"current_steps\": {i}, \"total_steps\": {entries}, \"loss\": {Math.Round(random.NextDouble() + 0.2, 4)}, \"lr\": {5e-05 * (1 - ((double)i / entries))}, \"epoch\": {i / 1000.0}, \"percentage\": {Math.Round(100.0 * i / entries, 2)}, \"elapsed_time\": \"{(int)elapsed.TotalHours}:{elapsed.Minutes:D2}:{elapsed.Seconds:D2}\", \"remaining_time\": \"1:00:00\"}}\n");
        }

        return text.ToString();
    }

    private static void Measure(string label, string path, IRunFileReader reader, int repeats)
    {
        double megabytes = new FileInfo(path).Length / 1e6;
        long points = ReaderThroughput.ReadOnce(path, reader);
        double best = double.MaxValue;
        for (int i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            ReaderThroughput.ReadOnce(path, reader);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} {megabytes:F1} MB, {points:N0} points: best {megabytes / best:F0} MB/s ({best:F2} s)"));
    }
}
