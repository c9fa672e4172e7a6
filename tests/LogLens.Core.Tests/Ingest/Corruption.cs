namespace LogLens.Core.Tests.Ingest;

/// <summary>Damages a valid file the ways a crash, a live writer or a bad disk would, for fuzz tests.</summary>
internal static class Corruption
{
    /// <summary>Random bytes, a random truncation, flipped bytes or spliced structural characters.</summary>
    public static byte[] Apply(byte[] valid, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var noise = new byte[random.Next(0, 300)];
                random.NextBytes(noise);
                return noise;
            case 1:
                return valid[..random.Next(0, valid.Length)];
            case 2:
                byte[] flipped = (byte[])valid.Clone();
                for (int i = random.Next(1, 6); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            default:
                // Splice structural characters into the middle.
                byte[] pieces = "{}[]\",:\n\r\\NaI-"u8.ToArray();
                var spliced = new List<byte>(valid);
                for (int i = random.Next(1, 6); i > 0; i--)
                {
                    spliced.Insert(random.Next(spliced.Count), pieces[random.Next(pieces.Length)]);
                }

                return [.. spliced];
        }
    }
}
