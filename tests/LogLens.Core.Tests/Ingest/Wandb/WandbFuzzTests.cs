using System.Text;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Wandb;
using static LogLens.Core.Tests.Ingest.Wandb.WandbFileWriter;

namespace LogLens.Core.Tests.Ingest.Wandb;

public sealed class WandbFuzzTests
{
    private static readonly byte[] ValidLog = Write(
        Config(("lr", "1e-05"), ("opt", """{"betas": [0.9, 0.99]}""")),
        History(0, ("loss", "1.5"), ("eval", """{"acc": NaN}""")),
        History(1, ("loss", "Infinity"), ("text", "\"" + new string('t', 40_000) + "\"")),
        History(0, ("loss", "0.5")),
        Summary(("loss", "0.4"), ("best", "0.9")),
        Exit());

    private static readonly (string File, IRunFileReader Reader, byte[] Content)[] Valid =
    [
        ("run-x.wandb", WandbRecordReader.Default, ValidLog),
        ("config.yaml", WandbConfigYamlReader.Default, Encoding.UTF8.GetBytes("wandb_version: 1\n_wandb:\n  desc: null\n  value: {}\nlr:\n  desc: null\n  value: 1e-5\nopt:\n  value:\n    betas: [0.9, 0.99]\n")),
        ("wandb-summary.json", WandbSummaryReader.Default, Encoding.UTF8.GetBytes("""{"loss": NaN, "acc": 0.5, "img": {"_type": "image-file"}, "_step": 3}""")),
        ("export.csv", WandbExportCsvReader.For("a - b"), Encoding.UTF8.GetBytes("Step,a - b - loss,a - b - loss__MIN,a - b - loss__MAX\n0,1.5,,\n1,,1,2\n2,nan,,\n")),
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
    public void Corrupt_wandb_files_never_throw_and_never_touch_the_healthy_sibling(int seed)
    {
        var random = new Random(seed);
        (string file, IRunFileReader reader, byte[] content) = Valid[seed % Valid.Length];
        byte[] bytes = Corrupt(content, random);
        using var dir = new TempFolder();
        string path = dir.WriteBytes(Path.Combine("wandb", "run-broken", file), bytes);
        dir.WriteBytes("wandb/run-healthy/run-h.wandb", Write(Config(("lr", "0.1")), History(0, ("loss", "0.5")), History(1, ("loss", "0.25")), Exit()));

        var fragment = new RunFragment("broken", dir.Path);
        Assert.Null(Record.Exception(() => reader.Read(path, fragment)));
        Assert.Null(Record.Exception(() => fragment.Build()));

        var result = dir.Ingest();
        var healthy = result.Runs.Single(r => r.Id == "wandb/run-healthy");
        Assert.Equal("0.1", healthy.Params["lr"]);
        Assert.Equal([0.5, 0.25], healthy.FindSeries("loss")!.Values);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("wandb/run-broken", d.Path, StringComparison.Ordinal));
    }

    private static byte[] Corrupt(byte[] valid, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var noise = new byte[random.Next(0, 3000)];
                random.NextBytes(noise);
                return random.Next(2) == 0 ? noise : [.. valid[..7], .. noise];
            case 1:
                return valid[..random.Next(0, valid.Length)];
            case 2:
                byte[] flipped = (byte[])valid.Clone();
                for (int i = random.Next(1, 6); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            default:
                var spliced = new List<byte>(valid);
                for (int i = random.Next(1, 6); i > 0; i--)
                {
                    spliced.Insert(random.Next(spliced.Count), (byte)random.Next(256));
                }

                return [.. spliced];
        }
    }
}
