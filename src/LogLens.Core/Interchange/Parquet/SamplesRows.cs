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

    public override TableSchema Schema => SamplesTable.Schema;

    public override IEnumerable<string> RunIds => byRun.Keys;

    public override void Add(RowGroupColumns columns)
    {
        string?[] prompts = columns.Text(SamplesTable.PromptId)!;
        string?[] outputs = columns.Text(SamplesTable.Output)!;
        double?[]? index = columns.Number(SamplesTable.Index);
        double?[]? score = columns.Number(SamplesTable.Score);
        bool?[]? correct = columns.Flag(SamplesTable.Correct);
        bool?[]? refused = columns.Flag(SamplesTable.Refused);
        string?[]? dataset = columns.Text(SamplesTable.Dataset);
        string?[]? slice = columns.Text(SamplesTable.Slice);
        string?[]? expected = columns.Text(SamplesTable.Expected);
        string?[]? expect = columns.Text(SamplesTable.Expect);
        for (int i = 0; i < columns.RowCount; i++)
        {
            if (RunId(columns, i) is not string id)
            {
                continue;
            }

            if (string.IsNullOrEmpty(prompts[i]))
            {
                Skip($"{SamplesTable.PromptId.Name} is null");
                continue;
            }

            var key = (id, prompts[i]!);
            int next = nextIndex.GetValueOrDefault(key);
            int sample = index?[i] is double x && x >= 0 && x < int.MaxValue && x == Math.Floor(x) ? (int)x : next;
            nextIndex[key] = Math.Max(next, sample + 1);
            RowsOf(byRun, id).Add(new Sample(
                prompts[i]!, sample, outputs[i] ?? "", score?[i], correct?[i], dataset?[i], slice?[i], expected?[i], expect?[i], refused?[i]));
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
