namespace LogLens.Core.Statistics;

/// <summary>Benjamini–Hochberg false-discovery-rate adjustment (docs/methods.md, multiplicity).</summary>
internal static class BenjaminiHochberg
{
    /// <summary>
    /// BH q-values: sort p ascending, q(i) = min over j ≥ i of min(1, m·p(j)/j). NaN entries (tests
    /// that could not run) stay NaN and do not count towards m. The result is in input order and
    /// does not depend on it.
    /// </summary>
    /// <param name="p">The p-values of one family.</param>
    /// <returns>The adjusted values (q), in input order.</returns>
    public static double[] Adjust(ReadOnlySpan<double> p)
    {
        var q = new double[p.Length];
        var index = new List<int>(p.Length);
        for (int i = 0; i < p.Length; i++)
        {
            q[i] = double.NaN;
            if (!double.IsNaN(p[i]))
            {
                index.Add(i);
            }
        }

        int m = index.Count;
        double[] values = p.ToArray();
        // Stable order on ties (List.Sort is not stable; break ties by index) keeps results input-order free.
        index.Sort((a, b) => values[a] != values[b] ? values[a].CompareTo(values[b]) : a.CompareTo(b));
        double running = 1;
        for (int rank = m; rank >= 1; rank--)
        {
            int i = index[rank - 1];
            running = Math.Min(running, Math.Min(1, m * values[i] / rank));
            q[i] = running;
        }

        return q;
    }
}
