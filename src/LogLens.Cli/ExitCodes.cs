namespace LogLens.Cli;

/// <summary>Exit codes (eslint's convention; README "Commands").</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above --fail-on.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage or unusable input (no runs, unreadable root, invalid config).</summary>
    public const int Usage = 2;
}
