using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Configuration;

/// <summary>
/// Loads the first document of a YAML file as a node tree. Malformed YAML gives an error and a 1-based line
/// instead of an exception (YamlDotNet 18.1 sometimes throws InvalidOperationException rather than
/// YamlException; the parser's last position stands in for its line then). I/O errors propagate.
/// </summary>
internal static class YamlLoader
{
    /// <summary>The root node (null for an empty file) or the reason it is not valid YAML.</summary>
    public static bool TryLoad(string path, out YamlNode? root, out long? line, out string? error)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var parser = new Parser(reader);
        var stream = new YamlStream();
        root = null;
        line = null;
        error = null;
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            line = e.Start.Line;
            error = e.Message;
            return false;
        }
        catch (InvalidOperationException e)
        {
            line = parser.Current?.End.Line;
            error = e.Message;
            return false;
        }

        root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return true;
    }
}
