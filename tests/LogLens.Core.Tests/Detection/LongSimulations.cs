using System.Globalization;

namespace LogLens.Core.Tests.Detection;

/// <summary>
/// Replicate counts for simulation tests: CI-sized by default; LOGLENS_LONG_SIMULATIONS=1 runs R = 2000
/// (docs/methods.md, the nightly mode), and LOGLENS_LONG_SIMULATIONS=N runs N.
/// </summary>
internal static class LongSimulations
{
    /// <summary>The environment variable that selects the long mode.</summary>
    public const string Variable = "LOGLENS_LONG_SIMULATIONS";

    /// <summary><paramref name="ciSize"/>, or the long-mode count when <see cref="Variable"/> is set.</summary>
    public static int Replicates(int ciSize)
    {
        string? value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(value) || value == "0")
        {
            return ciSize;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 1 ? n : 2000;
    }
}
