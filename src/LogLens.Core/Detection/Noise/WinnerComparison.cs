using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Noise;

/// <summary>
/// Best versus runner-up config on goodness values: Welch t, P(X&gt;Y) = U/(nm) with a stratified
/// bootstrap CI (resampling within each config, as rliable does), and the Mann–Whitney p.
/// </summary>
internal sealed record WinnerComparison(
    string Best,
    int BestN,
    string RunnerUp,
    int RunnerUpN,
    double Delta,
    WelchResult Welch,
    double Superiority,
    Interval SuperiorityCi,
    double MannWhitneyP)
{
    public static WinnerComparison Compute(string best, double[] bestValues, string runnerUp, double[] runnerValues, Random rng, int resamples)
    {
        WelchResult welch = WelchT.Test(bestValues, runnerValues);
        MannWhitneyResult mw = MannWhitney.Test(bestValues, runnerValues);
        Interval ci = resamples > 0
            ? Bootstrap.ProbabilityOfSuperiorityInterval(bestValues, runnerValues, rng, resamples, 0.95)
            : Interval.Undefined;
        return new WinnerComparison(
            best, bestValues.Length, runnerUp, runnerValues.Length,
            bestValues.Average() - runnerValues.Average(), welch, mw.ProbabilityOfSuperiority, ci, mw.P);
    }
}
