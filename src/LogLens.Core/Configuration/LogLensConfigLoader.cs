using LogLens.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Configuration;

/// <summary>
/// Loads loglens.yaml. Lists given in the file (seed_keys, dataset_key(s), ignore_keys) replace the defaults;
/// thresholds not given keep theirs. Unknown keys are errors so typos do not pass silently.
/// </summary>
public static class LogLensConfigLoader
{
    /// <summary>The config file name looked for at the root of each analysed path.</summary>
    public const string FileName = "loglens.yaml";

    /// <summary>The first <see cref="FileName"/> at the root of one of the folders in <paramref name="paths"/>, or null.</summary>
    public static string? Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            string candidate = System.IO.Path.Combine(path, FileName);
            if (Directory.Exists(path) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads and validates <paramref name="path"/>; an empty file gives <see cref="LogLensConfig.Default"/>.</summary>
    /// <exception cref="ConfigException">The file cannot be read, is not valid YAML, or breaks the schema (path and line in the message).</exception>
    public static LogLensConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        YamlNode? root;
        try
        {
            if (!YamlLoader.TryLoad(path, out root, out long? line, out string? error))
            {
                throw new ConfigException(path, line, "not valid YAML: " + error);
            }
        }
        catch (IOException e)
        {
            throw new ConfigException(path, null, "cannot be read: " + e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ConfigException(path, null, "cannot be read: " + e.Message, e);
        }

        if (root is null or YamlScalarNode { Value: null or "" })
        {
            return LogLensConfig.Default;
        }

        return new ConfigReader(path).Read(root);
    }
}
