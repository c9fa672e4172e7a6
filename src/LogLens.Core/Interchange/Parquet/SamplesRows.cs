using LogLens.Core.Ingest.Formats;
using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// samples.parquet: run_id, prompt_id, output, and optional index (null: the next index of that prompt, as in
/// samples.jsonl), score, correct, dataset, slice, expected, expect, refused.
/// </summary>
internal sealed class SamplesRows : TableRows
{
    private readonly Dictionary<string, List<Sample>> byRun = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Run, string Prompt), int> nextIndex = [];

    public override IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        ColumnSpec.RunId, new("prompt_id", ColumnKind.Text, true), new("index", ColumnKind.Number, false), new("output", ColumnKind.Text, true),
        new("score", ColumnKind.Number, false), new("correct", ColumnKind.Flag, false), new("dataset", ColumnKind.Text, false),
        new("slice", ColumnKind.Text, false), new("expected", ColumnKind.Text, false), new("expect", ColumnKind.Text, false),
        new("refused", ColumnKind.Flag, false),
    ];

    public override IEnumerable<string> RunIds => byRun.Keys;

    public override void Add(RowGroupColumns columns)
    {
        string?[] prompts = columns.Text("prompt_id")!;
        string?[] outputs = columns.Text("output")!;
        double?[]? index = columns.Number("index");
        double?[]? score = columns.Number("score");
        bool?[]? correct = columns.Flag("correct");
        bool?[]? refused = columns.Flag("refused");
        string?[]? dataset = columns.Text("dataset");
        string?[]? slice = columns.Text("slice");
        string?[]? expected = columns.Text("expected");
        string?[]? expect = columns.Text("expect");
        for (int i = 0; i < columns.RowCount; i++)
        {
            if (RunId(columns, i) is not string id)
            {
                continue;
            }

            if (string.IsNullOrEmpty(prompts[i]))
            {
                Skip("prompt_id is null");
                continue;
            }

            var key = (id, prompts[i]!);
            int next = nextIndex.GetValueOrDefault(key);
            int sample = index?[i] is double x && x >= 0 && x < int.MaxValue && x == Math.Floor(x) ? (int)x : next;
            nextIndex[key] = Math.Max(next, sample + 1);
            RowsOf(byRun, id).Add(new Sample(prompts[i]!, sample, outputs[i] ?? "", score?[i], correct?[i], dataset?[i], slice?[i], expected?[i], expect?[i], refused?[i]));
        }
    }

    public override void Apply(string runId, RunFragment fragment, string path)
    {
        foreach (Sample sample in byRun.GetValueOrDefault(runId) ?? [])
        {
            fragment.AddSample(sample);
        }
    }
}
