using System.Text;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.LmEval;

namespace LogLens.Core.Tests.Ingest.LmEval;

public sealed class LmEvalFuzzTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Damaged_results_and_samples_never_throw_and_never_cost_the_healthy_run(int seed)
    {
        var random = new Random(seed);
        bool samples = seed % 2 == 1;
        string valid = samples
            ? """{"doc_id": 0, "target": "42", "resps": [["42", "41"]], "filter": "none", "exact_match": 1.0}""" + "\n"
            : LmEvalReaderTests.V04;
        string name = samples ? "samples_gsm8k_2024-01-01T00-00-00.jsonl" : "results_2024-01-01T00-00-00.json";
        using var dir = new TempFolder();
        string path = dir.WriteBytes("broken/" + name, Corruption.Apply(Encoding.UTF8.GetBytes(valid), random));
        dir.Write("healthy/results_2024-01-01T00-00-00.json", LmEvalReaderTests.V04);

        IRunFileReader reader = samples ? LmEvalSamplesReader.Default : LmEvalResultsReader.Final;
        var fragment = new RunFragment("broken", dir.Path);
        Assert.Null(Record.Exception(() => reader.Read(path, fragment)));

        var result = dir.Ingest();
        Assert.Equal(3, result.Runs.Single(r => r.Id == "healthy").Scores.Length);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("broken/", d.Path, StringComparison.Ordinal));
    }
}
