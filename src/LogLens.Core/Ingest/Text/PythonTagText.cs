using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Text;

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

    /// <summary>
    /// The node's text. <paramref name="budget"/> counts the nodes still allowed, shared across a file: YAML aliases
    /// can make a small file expand exponentially, so past the budget the rest is elided ("…").
    /// </summary>
    public static string Of(YamlNode node, bool nested, ref int budget)
    {
        if (--budget < 0)
        {
            return "…";
        }

        string? tag = PythonTag(node);
        if (tag is not null && NumpyScalar.TryRead(tag, node, out double number))
        {
            return ParamText.Number(number);
        }

        string text;
        switch (node)
        {
            case YamlScalarNode scalar when tag is not null && IsName(tag) && string.IsNullOrEmpty(scalar.Value):
                text = tag[(tag.IndexOf(':', StringComparison.Ordinal) + 1)..];
                break;
            case YamlScalarNode scalar:
                text = YamlFile.ScalarText(scalar, nested);
                break;
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (YamlNode child in sequence.Children)
                {
                    items.Add(Of(child, nested: true, ref budget));
                }

                text = "[" + string.Join(",", items) + "]";
                break;
            case YamlMappingNode mapping:
                var pairs = new List<string>();
                foreach ((YamlNode key, YamlNode value) in mapping.Children)
                {
                    pairs.Add(Of(key, nested: true, ref budget) + ":" + Of(value, nested: true, ref budget));
                }

                text = "{" + string.Join(",", pairs) + "}";
                break;
            default:
                text = ParamText.Null;
                break;
        }

        return tag is null or "tuple" or "list" or "dict" or "str" or "unicode" or "int" or "float" or "bool" or "none" || IsName(tag)
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"!!python/{tag} {text}");
    }

    private static bool IsName(string tag) => tag.StartsWith("name:", StringComparison.Ordinal) || tag.StartsWith("module:", StringComparison.Ordinal);

    /// <summary>The part of a Python tag after "python/" ("tuple", "object/apply:numpy.dtype"), or null.</summary>
    public static string? PythonTag(YamlNode node) =>
        !node.Tag.IsEmpty && node.Tag.Value.StartsWith(Prefix, StringComparison.Ordinal) ? node.Tag.Value[Prefix.Length..] : null;
}
