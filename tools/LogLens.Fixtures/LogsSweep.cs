using System.Globalization;
using System.Text;

namespace LogLens.Fixtures;

/// <summary>
/// The "can the logs be trusted?" scenarios (LL001–LL007): one small healthy sweep, 2 learning rates × 2 seeds logging
/// train and eval loss to metrics.jsonl, written once per problem with exactly that problem planted: a garbled line in
/// the middle of a log (LL001), a last line cut mid-record (LL002), no loglens.yaml (LL003), one seed per config
/// (LL004), a run resumed from an earlier checkpoint (LL005), runs without params.json (LL006), a loglens.yaml that
/// configures a metric under a name no run logged (LL007), one seed logging its train loss as <c>loss</c> (LL008), a
/// <c>suppress:</c> entry for a finding the sweep does not have (LL009). The clean twin has none of them.
/// </summary>
internal static class LogsSweep
{
    public enum Problem
    {
        None,
        UnreadableLine,
        PartialLastLine,
        AssumedRoles,
        SingleSeed,
        ResumedSteps,
        NoParams,
        UnmatchedMetric,
        RenamedMetric,
        UnusedSuppression,
    }

    /// <summary>Scenario folder per problem.</summary>
    public static readonly (string Folder, Problem Problem)[] Scenarios =
    [
        ("logs-clean", Problem.None),
        ("logs-unreadable", Problem.UnreadableLine),
        ("logs-partial", Problem.PartialLastLine),
        ("logs-assumed-roles", Problem.AssumedRoles),
        ("logs-single-seed", Problem.SingleSeed),
        ("logs-resumed", Problem.ResumedSteps),
        ("logs-no-params", Problem.NoParams),
        ("logs-unmatched-metric", Problem.UnmatchedMetric),
        ("logs-renamed-metric", Problem.RenamedMetric),
        ("logs-unused-suppression", Problem.UnusedSuppression),
    ];

    private const string Yaml = """
        metrics:
          train/loss: {role: proxy, direction: lower}
          eval/loss: {role: proxy, direction: lower}
        seed_keys: [seed]

        """;

    // The HF Trainer spells it eval_loss; these runs log eval/loss (LL007 names the closest logged metrics).
    private const string TypoYaml = """
        metrics:
          train/loss: {role: proxy, direction: lower}
          eval_loss: {role: proxy, direction: lower}
        seed_keys: [seed]

        """;

    // A suppress entry for loss spikes, which this sweep never has (LL009 names its line).
    private const string SuppressYaml = Yaml + """
        suppress:
          - code: LL105
            reason: spikes from the data loader restart, fixed in v2

        """;

    public static void Write(string root, Problem problem)
    {
        var rng = new Gaussian(7);
        int[] seeds = problem == Problem.SingleSeed ? [1] : [1, 2];
        int runs = 0;
        foreach ((string lr, double value, double floor) in new[] { ("1e-4", 1e-4, 0.9), ("3e-4", 3e-4, 0.8) })
        {
            foreach (int seed in seeds)
            {
                // Runs without parameters sit side by side as a script without logging would leave them (run-1 … run-4).
                string dir = problem == Problem.NoParams ? Path.Combine(root, $"run-{++runs}") : Path.Combine(root, $"lr-{lr}", $"seed-{seed}");
                Directory.CreateDirectory(dir);
                if (problem != Problem.NoParams)
                {
                    RunWriter.Params(dir, ("learning_rate", value), ("epochs", 2), ("seed", seed));
                }

                bool planted = lr == "1e-4" && seed == seeds[^1];
                List<string> lines = [.. Lines(rng, floor, 10, 1000)];
                if (planted && problem == Problem.ResumedSteps)
                {
                    // Restarted from the step-400 checkpoint after step 600: the second segment supersedes steps 400–600.
                    lines = [.. lines.Take(60), .. Lines(rng, floor - 0.02, 400, 1000)];
                }

                if (planted && problem == Problem.UnreadableLine)
                {
                    lines[39] = lines[39][..20]; // a torn write mid-file: the record stops, the next one starts on a new line
                }

                if (planted && problem == Problem.RenamedMetric)
                {
                    lines = [.. lines.Select(l => l.Replace("\"train/loss\"", "\"loss\"", StringComparison.Ordinal))]; // an older script's key
                }

                string text = string.Join("\n", lines) + "\n";
                if (planted && problem == Problem.PartialLastLine)
                {
                    text = text[..^(lines[^1].Length - 17)]; // the writer is mid-way through the last record: no closing brace, no newline
                }

                File.WriteAllText(Path.Combine(dir, "metrics.jsonl"), text);
            }
        }

        if (problem != Problem.AssumedRoles)
        {
            File.WriteAllText(Path.Combine(root, "loglens.yaml"), problem switch
            {
                Problem.UnmatchedMetric => TypoYaml,
                Problem.UnusedSuppression => SuppressYaml,
                _ => Yaml,
            });
        }
    }

    /// <summary>One JSON line per 10 steps (train loss), eval loss every 50 steps.</summary>
    private static IEnumerable<string> Lines(Gaussian rng, double floor, int from, int to)
    {
        for (int step = from; step <= to; step += 10)
        {
            var sb = new StringBuilder();
            double train = floor + (1.6 * Math.Exp(-step / 250.0)) + rng.Next(0, 0.03);
            sb.Append(CultureInfo.InvariantCulture, $"{{\"step\": {step}, \"train/loss\": {RunWriter.Number(train)}");
            if (step % 50 == 0)
            {
                double eval = floor + 0.1 + (1.5 * Math.Exp(-step / 300.0)) + rng.Next(0, 0.01);
                sb.Append(CultureInfo.InvariantCulture, $", \"eval/loss\": {RunWriter.Number(eval)}");
            }

            yield return sb.Append('}').ToString();
        }
    }
}
