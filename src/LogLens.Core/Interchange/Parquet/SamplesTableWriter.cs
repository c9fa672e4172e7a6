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
        var id = new StringColumn("run_id");
        var prompt = new StringColumn("prompt_id");
        var index = new ValueColumn<long>("index");
        var output = new StringColumn("output");
        var score = new NullableColumn<double>("score");
        var correct = new NullableColumn<bool>("correct");
        var dataset = new StringColumn("dataset", nullable: true);
        var slice = new StringColumn("slice", nullable: true);
        var expected = new StringColumn("expected", nullable: true);
        var expect = new StringColumn("expect", nullable: true);
        var refused = new NullableColumn<bool>("refused");
        ExportColumn[] columns = [id, prompt, index, output, score, correct, dataset, slice, expected, expect, refused];
        long rows = 0;
        await using ParquetTableWriter table = await ParquetTableWriter.CreateAsync(path, columns, cancellationToken).ConfigureAwait(false);
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
