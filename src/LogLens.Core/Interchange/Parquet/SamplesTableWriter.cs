using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>Writes <see cref="SamplesTable"/>: each run's samples, the optional fields of <see cref="Sample"/> as nullable columns.</summary>
internal static class SamplesTableWriter
{
    public static async Task<long> WriteAsync(string directory, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer(SamplesTable.RunId);
        var prompt = new TextColumnBuffer(SamplesTable.PromptId);
        var index = new ValueColumnBuffer<long>(SamplesTable.Index);
        var output = new TextColumnBuffer(SamplesTable.Output);
        var score = new NullableColumnBuffer<double>(SamplesTable.Score);
        var correct = new NullableColumnBuffer<bool>(SamplesTable.Correct);
        var dataset = new TextColumnBuffer(SamplesTable.Dataset);
        var slice = new TextColumnBuffer(SamplesTable.Slice);
        var expected = new TextColumnBuffer(SamplesTable.Expected);
        var expect = new TextColumnBuffer(SamplesTable.Expect);
        var refused = new NullableColumnBuffer<bool>(SamplesTable.Refused);
        ColumnBuffer[] columns = [id, prompt, index, output, score, correct, dataset, slice, expected, expect, refused];
        long rows = 0;
        await using TableFileWriter table = await TableFileWriter.CreateAsync(directory, SamplesTable.Schema, columns, cancellationToken).ConfigureAwait(false);
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
