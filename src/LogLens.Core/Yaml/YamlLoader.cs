using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Yaml;

/// <summary>
/// Loads the first document of a YAML file as a node tree. Malformed YAML gives an error and a 1-based line
/// instead of an exception (YamlDotNet 18.1 sometimes throws InvalidOperationException or ArgumentException
/// rather than YamlException; the parser's last position stands in for its line then). I/O errors propagate.
/// </summary>
internal static class YamlLoader
{
    public const int MaxDepth = 64;

    /// <summary>The root node (null for an empty file) or the reason it is not valid YAML.</summary>
    public static bool TryLoad(string path, out YamlNode? root, out long? line, out string? error)
    {
        string text = File.ReadAllText(path);
        var parser = new Parser(new StringReader(text));
        var stream = new YamlStream();
        root = null;
        line = null;
        error = null;
        try
        {
            if (TooDeep(parser) is Mark deep)
            {
                line = deep.Line;
                error = $"nested deeper than {MaxDepth} levels";
                return false;
            }

            parser = new Parser(new StringReader(text));
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            line = e.Start.Line;
            error = e.Message;
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            line = parser.Current?.End.Line;
            error = e.Message;
            return false;
        }

        root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return true;
    }

    /// <summary>
    /// The node tree is built recursively, so a hostile nesting depth would overflow the stack (which cannot be
    /// caught): a first, flat pass over the events finds the depth.
    /// </summary>
    private static Mark? TooDeep(Parser parser)
    {
        int depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is MappingStart or SequenceStart && ++depth > MaxDepth)
            {
                return parser.Current.Start;
            }

            if (parser.Current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }

        return null;
    }
}
