namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// Maps an exported run id to the folder that names it: the id below the export folder, so analysing the export
/// folder itself gives every run its original id ("sweep/lr-1e-4/seed-1"), and an export inside a larger tree gets the
/// export folder as a prefix, like any run folder.
/// </summary>
internal static class ExportRunFolder
{
    /// <summary>The run's folder; <paramref name="id"/> is changed only when it is not a plain relative path ('..', '//', a leading '/').</summary>
    public static string For(string exportFolder, string id, out string usedId)
    {
        usedId = IsPlain(id) ? id : Clean(id);
        return usedId == "." ? exportFolder : Path.Combine(exportFolder, usedId);
    }

    private static bool IsPlain(string id) =>
        id == "." || (!id.Contains('\\', StringComparison.Ordinal) && id.Split('/').All(s => s.Length > 0 && s != "." && s != ".."));

    private static string Clean(string id)
    {
        string[] segments = id.Split('/', '\\').Where(s => s.Length > 0 && s != "." && s != "..").ToArray();
        return segments.Length == 0 ? "." : string.Join('/', segments);
    }
}
