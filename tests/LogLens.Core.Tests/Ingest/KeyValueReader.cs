using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Tests.Ingest;

/// <summary>A test format's reader: every "key=value" line is a parameter.</summary>
internal sealed class KeyValueReader : IRunFileReader
{
    public static readonly KeyValueReader Default = new();

    private KeyValueReader()
    {
    }

    public string Format => "test";

    public void Read(string path, RunFragment fragment)
    {
        foreach (string line in File.ReadLines(path))
        {
            string[] parts = line.Split('=', 2);
            if (parts.Length == 2)
            {
                fragment.SetParam(parts[0], parts[1]);
            }
        }
    }
}
