using System.Globalization;

namespace LogLens.Cli.Tests.Commands;

/// <summary>A runs folder that is being written while LogLens reads it never breaks the run.</summary>
public sealed class ConcurrentWriteTests
{
    [Fact]
    public async Task Runs_appended_to_and_rewritten_during_the_ingest_still_give_a_report_and_exit_0_or_1()
    {
        string runs = Copy(Repo.Path("fixtures", "scenarios", "noise-flagged"));
        string outDir = Path.Combine(Cli.TempDir(), "out");
        using var stop = new CancellationTokenSource();
        Task<int> writer = Task.Run(() => Churn(runs, stop.Token));

        (int Exit, string Output, string Error)[] results = [.. Enumerable.Range(0, 3).Select(_ => Cli.Run("analyze", runs, "--out", outDir, "--no-plots"))];
        await stop.CancelAsync();
        int churned = await writer;

        Assert.True(churned > 0, "the writer never ran");
        Assert.All(results, r => Assert.True(r.Exit is 0 or 1, $"exit {r.Exit}: {r.Error}"));
        Assert.True(File.Exists(Path.Combine(outDir, "findings.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
    }

    /// <summary>Appends partial lines, truncates and rewrites scores and params, adds and removes runs; bounded by a count and by <paramref name="stop"/>.</summary>
    private static int Churn(string runs, CancellationToken stop)
    {
        string[] scores = Directory.GetFiles(runs, "scores.csv", SearchOption.AllDirectories);
        string[] parameters = Directory.GetFiles(runs, "params.json", SearchOption.AllDirectories);
        int i = 0;
        for (; i < 20_000 && (i == 0 || !stop.IsCancellationRequested); i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            try
            {
                File.AppendAllText(scores[i % scores.Length], "billing,accuracy,0.8" + n[^1]);
                File.WriteAllText(scores[(i + 1) % scores.Length], i % 2 == 0 ? string.Empty : "dataset,metric,value\nbilling,accuracy,0.81\n");
                File.WriteAllText(parameters[i % parameters.Length], i % 3 == 0 ? "{\"learning_rate\": 0.0001, \"se" : "{\"learning_rate\": 0.0001, \"seed\": " + n + "}");
                string extra = Path.Combine(runs, "late", "seed-" + (i % 4).ToString(CultureInfo.InvariantCulture));
                if (i % 2 == 0)
                {
                    Directory.CreateDirectory(extra);
                    File.WriteAllText(Path.Combine(extra, "metrics.jsonl"), "{\"step\": 1, \"eval/accuracy\": 0.5}\n{\"step\": 2, \"eval/acc");
                }
                else if (Directory.Exists(extra))
                {
                    Directory.Delete(extra, recursive: true);
                }
            }
            catch (IOException)
            {
                // The reader holds the file right now: skip this round, as a real writer would retry.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return i;
    }

    private static string Copy(string source)
    {
        string target = Path.Combine(Cli.TempDir(), "runs");
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
