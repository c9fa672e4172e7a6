namespace LogLens.Core.Verdicts;

/// <summary>The four verdicts (docs/methods.md, "The verdict"), in the order they are decided.</summary>
public enum VerdictKind
{
    /// <summary>Two or more checklist answers are yes, or no parameter beats seed noise any more (LL901).</summary>
    StopTuning,

    /// <summary>Runs diverged, went NaN or never learned: the parameters are the problem there.</summary>
    FixTrainingFirst,

    /// <summary>A named parameter moves a business metric beyond seed noise.</summary>
    TuningPays,

    /// <summary>The logs lack what would settle it (seeds, a business metric, the parameters).</summary>
    CantTellYet,
}
