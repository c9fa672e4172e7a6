using System.Globalization;
using System.Text.RegularExpressions;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Text;

/// <summary>The YAML counterpart of <see cref="JsonFile.LoadObject"/>: a run file that must hold one mapping.</summary>
internal static partial class YamlFile
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

    /// <summary>The text of a scalar: typed plain scalars normalised, everything else verbatim.</summary>
    public static string ScalarText(YamlScalarNode scalar, bool nested)
    {
        string value = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
        {
            if (value is "" or "~" or "null" or "Null" or "NULL")
            {
                return ParamText.Null;
            }

            if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
            {
                return ParamText.Bool(value[0] is 't' or 'T');
            }

            if (NumberPattern()
                .IsMatch(value)
                && FloatText.TryParse(value.Replace(".inf", "inf", StringComparison.OrdinalIgnoreCase)
                    .Replace(".nan", "nan", StringComparison.OrdinalIgnoreCase), out double d))
            {
                return ParamText.Number(d);
            }

            if (HexPattern().IsMatch(value) && long.TryParse(value.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long hex))
            {
                return ParamText.Number(hex);
            }
        }

        return nested ? ParamText.Quoted(value) : value;
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();
}
