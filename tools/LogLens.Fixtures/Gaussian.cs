namespace LogLens.Fixtures;

/// <summary>Seeded normal draws (Box–Muller) so generated folders are byte-identical across runs.</summary>
internal sealed class Gaussian(int seed)
{
    private readonly Random random = new(seed);

    public double Next(double mean = 0, double sd = 1)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public double Uniform(double low, double high) => low + ((high - low) * random.NextDouble());
}
