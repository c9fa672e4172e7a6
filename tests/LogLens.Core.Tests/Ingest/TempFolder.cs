using System.Text;
using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest;

/// <summary>A fresh folder per test for fixture files, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "loglens-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content) => WriteBytes(relative, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relative, byte[] content)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public IngestResult Ingest() => RunIngestor.Ingest([Path], LogLensConfig.Default);

    /// <summary>Ingests and returns the single run with this id.</summary>
    public Run Run(string id = ".") => Ingest().Runs.Single(r => r.Id == id);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
