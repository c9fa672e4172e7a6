using LogLens.Core.Findings;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Tests.Reporting.Baselines;

/// <summary>A baseline for <see cref="SampleResult"/>: LL601 persists, LL301 and LL003 are new, two hostile findings were resolved.</summary>
public static class SampleBaseline
{
    public const string ResolvedMessage = "was <b>bold</b> | *x* & \"quoted\"";

    public static Baseline Create() => new(
        "previous/findings.json",
        [
            new BaselineFinding("LL601:metric=eval/accuracy;dataset=digits", "LL601", "SeedNoiseDominates", Severity.Warning, new Subject(Metric: "eval/accuracy", Dataset: "digits"), "old message"),
            new BaselineFinding("LL101:run=<script>alert(1)</script>;metric=train/loss", "LL101", "NonFiniteLoss", Severity.Error, new Subject(Run: "<script>alert(1)</script>", Metric: "train/loss"), ResolvedMessage),
            new BaselineFinding("LL999:gone", "LL999", string.Empty, Severity.Info, new Subject(), string.Empty),
        ]);

    public static BaselineComparison Compare() => BaselineComparison.Compare(SampleResult.Create(), Create());
}
