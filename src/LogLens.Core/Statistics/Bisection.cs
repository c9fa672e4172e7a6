namespace LogLens.Core.Statistics;

/// <summary>Root finding for the quantile fallbacks: robust, derivative-free, never throws.</summary>
internal static class Bisection
{
    /// <summary>
    /// Solves tail(x) = target for x ≥ 0 where tail decreases from tail(0) ≥ target towards 0,
    /// by expanding the bracket geometrically and bisecting to machine precision.
    /// </summary>
    public static double Decreasing(Func<double, double> tail, double target)
    {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 2000 && tail(hi) > target; i++)
        {
            lo = hi;
            hi *= 2;
        }

        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (tail(mid) > target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
