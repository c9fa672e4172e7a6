using System.Globalization;
using LogLens.Core.Ingest.Readers;
using LogLens.Core.Ingest.Text;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Formats.Lightning;

/// <summary>
/// The text of a YAML node that PyYAML may have tagged with a Python type. Untagged nodes read like the generic
/// params.yaml; <c>!!python/tuple</c> is a list; <c>!!python/name:X</c> / <c>!!python/module:X</c> are X;
/// <c>!!python/object:X</c> mappings are attributes (flattened); a NumPy scalar is its number; any other tagged
/// node is its tag followed by its content, so nothing is lost and nothing fails.
/// </summary>
internal static class PythonTagText
{
    private const string Prefix = "tag:yaml.org,2002:python/";

    /// <summary>True for mappings whose keys are parameters: untagged ones and <c>!!python/object:X</c> attributes.</summary>
    public static bool IsAttributes(YamlMappingNode node) =>
        PythonTag(node) is not string tag || tag.StartsWith("object:", StringComparison.Ordinal) || tag == "dict";

    public static string Of(YamlNode node, bool nested)
    {
        string? tag = PythonTag(node);
        if (tag is not null && NumpyScalar.TryRead(tag, node, out double number))
        {
            return ParamText.Number(number);
        }

        string text = node switch
        {
            YamlScalarNode scalar when tag is not null && (tag.StartsWith("name:", StringComparison.Ordinal) || tag.StartsWith("module:", StringComparison.Ordinal)) && string.IsNullOrEmpty(scalar.Value) =>
                tag[(tag.IndexOf(':', StringComparison.Ordinal) + 1)..],
            YamlScalarNode scalar => ParamsYamlReader.ScalarText(scalar, nested),
            YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(c => Of(c, nested: true))) + "]",
            YamlMappingNode mapping => "{" + string.Join(",", mapping.Children.Select(p => Of(p.Key, nested: true) + ":" + Of(p.Value, nested: true))) + "}",
            _ => ParamText.Null,
        };
        return tag is null or "tuple" or "list" or "dict" or "str" or "unicode" or "int" or "float" or "bool" or "none" || tag.StartsWith("name:", StringComparison.Ordinal) || tag.StartsWith("module:", StringComparison.Ordinal)
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"!!python/{tag} {text}");
    }

    /// <summary>The part of a Python tag after "python/" ("tuple", "object/apply:numpy.dtype"), or null.</summary>
    public static string? PythonTag(YamlNode node) =>
        !node.Tag.IsEmpty && node.Tag.Value.StartsWith(Prefix, StringComparison.Ordinal) ? node.Tag.Value[Prefix.Length..] : null;
}
