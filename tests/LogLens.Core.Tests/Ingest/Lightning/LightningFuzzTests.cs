using System.Text;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Lightning;

namespace LogLens.Core.Tests.Ingest.Lightning;

public sealed class LightningFuzzTests
{
    private static readonly (string File, string Content, IRunFileReader Reader)[] Valid =
    [
        ("metrics.csv", "epoch,step,train_loss,val_loss\r\n0,229,,0.0290\r\n0,229,0.0846,\r\n1,100,nan,inf\r\nepoch,step,\"a,b\"\r\n2,300,1e-05\r\n", LightningMetricsReader.Default),
        ("hparams.yaml", "lr: 1.0e-05\nbetas: !!python/tuple\n- 0.9\n- 0.999\nopt: !!python/name:torch.optim.Adam ''\nargs: !!python/object:argparse.Namespace\n  seed: 3\nx: !!python/object/apply:numpy.core.multiarray.scalar\n- !!python/object/apply:numpy.dtype\n  args: [f8, false, true]\n- !!binary |\n  /Knx0k1iUD8=\n", LightningHparamsReader.Default),
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 120; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Corrupt_lightning_files_never_throw_and_never_touch_the_healthy_run(int seed)
    {
        var random = new Random(seed);
        (string file, string content, IRunFileReader reader) = Valid[seed % Valid.Length];
        using var dir = new TempFolder();
        string path = dir.WriteBytes("logs/version_0/" + file, Corruption.Apply(Encoding.UTF8.GetBytes(content), random));
        dir.Write("logs/version_1/hparams.yaml", "lr: 0.1\n");
        dir.Write("logs/version_1/metrics.csv", "step,loss\n1,0.5\n2,0.25\n");

        var fragment = new RunFragment("broken", dir.Path);
        Assert.Null(Record.Exception(() => reader.Read(path, fragment)));
        Assert.Null(Record.Exception(() => fragment.Build()));

        IngestResult result = dir.Ingest();
        var healthy = result.Runs.Single(r => r.Id == "logs/version_1");
        Assert.Equal("0.1", healthy.Params["lr"]);
        Assert.Equal([0.5, 0.25], healthy.FindSeries("loss")!.Values);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("logs/version_0/", d.Path, StringComparison.Ordinal));
    }
}
