using System.Text;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Generic;

namespace LogLens.Core.Tests.Ingest.Generic;

public sealed class GenericFuzzTests
{
    private static readonly (string File, string Content)[] Valid =
    [
        ("params.json", "{\"lr\": 1e-5, \"opt\": {\"betas\": [0.9, 0.99], \"eps\": NaN}, \"seed\": 3, \"name\": \"x\\u00e9\"}\n"),
        ("params.yaml", "lr: 1e-5\nopt:\n  betas: [0.9, 0.99]\n  eps: .nan\nseed: 3\nname: 'x'\n"),
        ("metrics.csv", "step,epoch,train/loss,eval/acc\n1,0,1.5,\n2,0,nan,0.5\n3,1,\"1.2\",inf\n2,1,1.1,0.6\n"),
        ("metrics.jsonl", "{\"step\": 1, \"loss\": 1.5, \"eval\": {\"acc\": 0.5}}\n{\"step\": 2, \"loss\": NaN}\n{\"loss\": -Infinity, \"s\": \"a\\\"b\"}\n"),
        ("scores.csv", "dataset,metric,value,n,stderr\nheld,acc,0.7,100,0.01\nedge,acc,nan,,\n"),
        ("scores.json", "[{\"dataset\": \"a\", \"metric\": \"acc\", \"value\": 0.5, \"n\": 10}, {\"metric\": \"f1\", \"value\": Infinity}]"),
        ("samples.jsonl", "{\"prompt_id\": \"p\", \"sample\": 0, \"output\": \"o\", \"correct\": true, \"expected\": [1]}\n{\"prompt_id\": 2, \"output\": null}\n"),
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 200; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Corrupt_files_never_throw_from_a_reader_and_never_touch_the_healthy_sibling(int seed)
    {
        var random = new Random(seed);
        (string file, string content) = Valid[seed % Valid.Length];
        byte[] bytes = Corruption.Apply(Encoding.UTF8.GetBytes(content), random);
        using var dir = new TempFolder();
        string path = dir.WriteBytes(Path.Combine("broken", file), bytes);
        dir.Write("healthy/params.json", "{\"lr\": 0.1}");
        dir.Write("healthy/metrics.csv", "step,loss\n1,0.5\n2,0.25\n");

        IRunFileReader reader = GenericLayout.Readers[file];
        var fragment = new RunFragment("broken", dir.Path);
        Exception? thrown = Record.Exception(() => reader.Read(path, fragment));
        Assert.Null(thrown);
        Assert.Null(Record.Exception(() => fragment.Build()));

        var result = dir.Ingest();
        var healthy = result.Runs.Single(r => r.Id == "healthy");
        Assert.Equal("0.1", healthy.Params["lr"]);
        Assert.Equal([0.5, 0.25], healthy.FindSeries("loss")!.Values);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("broken/", d.Path, StringComparison.Ordinal));
    }
}
