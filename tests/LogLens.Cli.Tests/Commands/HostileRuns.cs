using System.Diagnostics;
using System.Globalization;

namespace LogLens.Cli.Tests.Commands;

/// <summary>Builds a runs folder whose run folders, metric and dataset names try to escape --out or break markup.</summary>
internal static class HostileRuns
{
    public static readonly string[] RunNames =
    [
        "..\\..\\x",
        "<script>alert(1)<\\script>",
        "run \"quoted\" & 'single' `tick` $(echo pwned)",
        "名前-ラン",
        new string('L', 240),
        "CON",
        ".hidden..",
        "-rf",
    ];

    /// <summary>Creates two seeds per hostile run name, with hostile metric and dataset names, under <paramref name="root"/>.</summary>
    public static void Write(string root)
    {
        for (int i = 0; i < RunNames.Length; i++)
        {
            for (int seed = 1; seed <= 2; seed++)
            {
                string run = Directory.CreateDirectory(Path.Combine(root, RunNames[i], "seed-" + seed.ToString(CultureInfo.InvariantCulture))).FullName;
                WriteRun(run, i, seed);
            }
        }
    }

    /// <summary>A run folder whose name holds bytes that are not UTF-8 (0xFF, 0xFE), made with the shell; false when impossible here.</summary>
    public static bool TryWriteInvalidUtf8Run(string root)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/sh"))
        {
            return false;
        }

        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = root, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("d=\"$(printf 'bad-\\377\\376-run')\" && mkdir -p \"$d/seed-1\" && printf '{\"learning_rate\": 0.3, \"seed\": 1}' > \"$d/seed-1/params.json\" && printf 'step,../../eval/loss,<b>_accuracy\\n1,1.0,0.5\\n2,0.9,0.6\\n' > \"$d/seed-1/metrics.csv\"");
        using Process process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static void WriteRun(string run, int config, int seed)
    {
        string lr = (0.001 * (config + 1)).ToString("0.###", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(run, "params.json"), $"{{\"learning_rate\": {lr}, \"seed\": {seed}, \"note\": \"../../../etc\"}}");
        var lines = new List<string> { "step,../../eval/loss,<b>_accuracy" };
        for (int step = 1; step <= 20; step++)
        {
            double loss = 2.0 / step;
            double accuracy = 0.5 + (0.01 * step * (config % 2 == 0 ? 1 : -1)) + (0.001 * seed);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{step},{loss},{accuracy}"));
        }

        File.WriteAllLines(Path.Combine(run, "metrics.csv"), lines);
        File.WriteAllText(
            Path.Combine(run, "scores.csv"),
            string.Create(CultureInfo.InvariantCulture, $"dataset,metric,value\n../../x,<b>_accuracy,{0.6 + (0.01 * config) + (0.002 * seed)}\n/etc/passwd,<b>_accuracy,{0.7 - (0.01 * config)}\n"));
    }
}
