namespace LogLens.Core.Configuration;

/// <summary>Named detector thresholds (defaults as docs/methods.md gives them); each can be overridden in loglens.yaml.</summary>
public sealed record Thresholds
{
    /// <summary>Significance level (after Benjamini–Hochberg) for every test.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Practical margin for a business metric, as a fraction of its scale (0.01 = one point of accuracy).</summary>
    public double BusinessDelta { get; init; } = 0.01;

    /// <summary>
    /// Smallest ω² (share of the metric's variance) a parameter must explain to count as moving it beyond seed noise, the
    /// practical margin of every parameter-effect decision (LL201, LL202, LL402, LL503, LL901, the verdict's parameter list).
    /// </summary>
    public double OmegaSquared { get; init; } = 0.01;

    /// <summary>Kendall τ-b at or below which a proxy is uninformative across configs.</summary>
    public double ProxyTau { get; init; } = 0.2;

    /// <summary>Kendall's W below which datasets rank configs differently.</summary>
    public double RankAgreementW { get; init; } = 0.3;

    /// <summary>Minimum checkpoints for a within-run trend test.</summary>
    public int MinCheckpoints { get; init; } = 5;

    /// <summary>Minimum configs for across-config analyses.</summary>
    public int MinConfigs { get; init; } = 5;

    /// <summary>
    /// Smallest relative rise of eval loss above its minimum that LL103 reports (default 0.5%: the trend test decides, this only drops rises too small to
    /// matter).
    /// </summary>
    public double OverfitRise { get; init; } = 0.005;

    /// <summary>Target power for the seeds-needed advice.</summary>
    public double Power { get; init; } = 0.8;

    /// <summary>
    /// Number of classes K of a classification task, for the chance levels of LL107 (accuracy 1/K, eval loss ln K);
    /// null when unknown (then only a binary chance accuracy of 0.5 is checked).
    /// </summary>
    public int? NumClasses { get; init; }

    /// <summary>
    /// Violation rate of a must-refuse / rule slice a setting may have and still count as meeting the rule (LL401; 0 = any violation counts).
    /// </summary>
    public double RuleTolerance { get; init; }

    /// <summary>Share of a prompt's samples that must give the same (non-refusal) answer for it to count as a confident answer (LL403).</summary>
    public double ConfidentAgreement { get; init; } = 0.8;
}
