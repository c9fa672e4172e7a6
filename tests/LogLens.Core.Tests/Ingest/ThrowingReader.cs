using LogLens.Core.Ingest;

namespace LogLens.Core.Tests.Ingest;

/// <summary>A reader that always throws, to prove one file's failure stays contained.</summary>
internal sealed class ThrowingReader : IRunFileReader
{
    public static readonly ThrowingReader Default = new();

    private ThrowingReader()
    {
    }

    public string Format => "test";

    public bool CanRead(string fileName) => fileName == "boom.txt";

    public void Read(string path, RunFragment fragment) => throw new InvalidOperationException("boom");
}
