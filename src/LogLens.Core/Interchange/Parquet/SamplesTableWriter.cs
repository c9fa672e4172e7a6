using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// samples.parquet: run_id, prompt_id, index (int64), output, and the optional fields of <see cref="Sample"/>
/// as nullable columns: score, correct, dataset, slice, expected, expect, refused.
/// </summary>
internal static class SamplesTableWriter
{
    public static async Task<long> WriteAsync(string path, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer("run_id");
        var prompt = new TextColumnBuffer("prompt_id");
        var index = new ValueColumnBuffer<long>("index");
        var output = new TextColumnBuffer("output");
        var score = new NullableColumnBuffer<double>("score");
        var correct = new NullableColumnBuffer<bool>("correct");
        var dataset = new TextColumnBuffer("dataset", nullable: true);
        var slice = new TextColumnBuffer("slice", nullable: true);
        var expected = new TextColumnBuffer("expected", nullable: true);
        var expect = new TextColumnBuffer("expect", nullable: true);
        var refused = new NullableColumnBuffer<bool>("refused");
        ColumnBuffer[] columns = [id, prompt, index, output, score, correct, dataset, slice, expected, expect, refused];
        long rows = 0;
        await using TableFileWriter table = await TableFileWriter.CreateAsync(path, columns, cancellationToken).ConfigureAwait(false);
        foreach (Run run in runs)
        {
            foreach (Sample sample in run.Samples)
            {
                id.Add(run.Id);
                prompt.Add(sample.PromptId);
                index.Add(sample.Index);
                output.Add(sample.Output);
                score.Add(sample.Score);
                correct.Add(sample.Correct);
                dataset.Add(sample.Dataset);
                slice.Add(sample.Slice);
                expected.Add(sample.Expected);
                expect.Add(sample.Expect);
                refused.Add(sample.Refused);
                rows++;
            }

            await table.EndRunAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }
}
