using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class BenjaminiHochbergTests
{
    private static readonly double[] P = [0.01, 0.04, 0.03, 0.005, 0.2, 0.5];
    private static readonly double[] Q = [0.03, 0.06, 0.06, 0.03, 0.24000000000000005, 0.5];

    [Fact]
    public void Should_match_the_reference_q_values()
    {
        double[] q = BenjaminiHochberg.Adjust(P);
        for (int i = 0; i < Q.Length; i++)
        {
            Approx.Equal(Q[i], q[i]);
        }
    }

    [Fact]
    public void Should_not_depend_on_input_order()
    {
        int[] order = [5, 2, 0, 4, 1, 3];
        double[] q = BenjaminiHochberg.Adjust(order.Select(i => P[i]).ToArray());
        for (int k = 0; k < order.Length; k++)
        {
            Approx.Equal(Q[order[k]], q[k]);
        }
    }

    [Fact]
    public void Should_keep_NaN_and_exclude_it_from_m()
    {
        double[] q = BenjaminiHochberg.Adjust([0.01, double.NaN, 0.04, 0.03, 0.005, 0.2, 0.5]);
        Assert.True(double.IsNaN(q[1]));
        Approx.Equal(0.03, q[0]);
        Approx.Equal(0.5, q[6]);
    }

    [Fact]
    public void Should_return_an_empty_array_for_empty_input() => Assert.Empty(BenjaminiHochberg.Adjust([]));

    [Fact]
    public void Should_never_exceed_one() => Assert.All(BenjaminiHochberg.Adjust([0.9, 0.95, 0.99]), q => Assert.True(q <= 1));
}
