namespace LogLens.Core.Verdicts;

/// <summary>The answer to one checklist question.</summary>
public enum Answer
{
    /// <summary>The evidence says yes: this is a reason not to tune further.</summary>
    Yes,

    /// <summary>Checked, and the evidence says no.</summary>
    No,

    /// <summary>The logs lack what would settle it.</summary>
    CantTell,
}
