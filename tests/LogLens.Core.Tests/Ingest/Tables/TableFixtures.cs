using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Tables;

/// <summary>The hand-made runs tables in fixtures/formats/runs-tables, each copied into a temporary folder to be read alone.</summary>
internal static class TableFixtures
{
    public static string Folder { get; } = Find();

    /// <summary>Ingests one fixture table, alone in <paramref name="dir"/>.</summary>
    public static IngestResult Read(TempFolder dir, string name)
    {
        File.Copy(Path.Combine(Folder, name), Path.Combine(dir.Path, name));
        return RunIngestor.Ingest([dir.Path], LogLensConfig.Default);
    }

    public static Run RunOf(IngestResult result, string id) => result.Runs.Single(r => r.Id == id);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogLens.sln")))
            {
                return Path.Combine(dir.FullName, "fixtures", "formats", "runs-tables");
            }
        }

        throw new InvalidOperationException("LogLens.sln not found above " + AppContext.BaseDirectory);
    }
}
