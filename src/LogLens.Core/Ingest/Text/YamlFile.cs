using LogLens.Core.Configuration;
using LogLens.Core.Ingest.Formats;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Text;

/// <summary>The YAML counterpart of <see cref="JsonFile.LoadObject"/>: a run file that must hold one mapping.</summary>
internal static class YamlFile
{
    /// <summary>
    /// Parses a file that must hold one mapping (of <paramref name="what"/>, for the message), or reports LL001
    /// (invalid YAML, with <paramref name="invalidHint"/> appended; not a mapping) or LL002 (empty) and returns null.
    /// </summary>
    public static YamlMappingNode? LoadMapping(string path, RunFragment fragment, string what, string invalidHint = "")
    {
        if (!YamlLoader.TryLoad(path, out YamlNode? node, out long? line, out string? error))
        {
            fragment.Report(IngestCodes.UnreadableFile, path, line, "not valid YAML (" + error + "); file skipped" + invalidHint);
            return null;
        }

        if (node is null or YamlScalarNode { Value: null or "" })
        {
            fragment.Report(IngestCodes.PartialFile, path, null, "file is empty (still being written?); nothing read");
            return null;
        }

        if (node is not YamlMappingNode root)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, node.Start.Line, $"expected a mapping of {what}; file skipped");
            return null;
        }

        return root;
    }
}
