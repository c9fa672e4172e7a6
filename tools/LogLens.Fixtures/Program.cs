using System.Globalization;
using LogLens.Fixtures;

// Deterministic generator of LogLens's example folders. Usage:
//   dotnet run --project tools/LogLens.Fixtures -- demo fixtures/demo
//   dotnet run --project tools/LogLens.Fixtures -- scenarios fixtures/scenarios
//   dotnet run --project tools/LogLens.Fixtures -- examples fixtures/examples
//   dotnet run --project tools/LogLens.Fixtures -- large DIR [runs] [steps]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: LogLens.Fixtures demo|scenarios|examples|large <dir> [runs] [steps]");
    return 2;
}

string dir = args[1];
switch (args[0])
{
    case "demo":
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        SupportBotSweep.Write(Path.Combine(dir, "support-bot"));
        MultiDomainSweep.Write(Path.Combine(dir, "multi-domain"));
        File.WriteAllText(Path.Combine(dir, "loglens.yaml"), DemoConfig.Yaml);
        File.WriteAllText(Path.Combine(dir, "README.md"), DemoConfig.Readme);
        break;
    case "scenarios":
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        SupportBotSweep.Write(Path.Combine(dir, "evaluation-flagged"));
        SupportBotSweep.Write(Path.Combine(dir, "evaluation-clean"), planted: false);
        MultiDomainSweep.Write(Path.Combine(dir, "noise-flagged"));
        MultiDomainSweep.Write(Path.Combine(dir, "noise-clean"), planted: false);
        foreach (string scenario in Directory.GetDirectories(dir))
        {
            bool supportBot = Path.GetFileName(scenario).StartsWith("evaluation", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(scenario, "loglens.yaml"), supportBot ? DemoConfig.SupportBotYaml : DemoConfig.MultiDomainYaml);
        }

        DataSweep.Write(Path.Combine(dir, "data-flagged"));
        DataSweep.Write(Path.Combine(dir, "data-clean"), planted: false);
        SamplesSweep.Write(Path.Combine(dir, "samples-flagged"));
        SamplesSweep.Write(Path.Combine(dir, "samples-clean"), planted: false);
        SaturationSweep.Write(Path.Combine(dir, "saturation-flagged"));
        SaturationSweep.Write(Path.Combine(dir, "saturation-clean"), planted: false);
        foreach ((string name, string yaml) in new[] { ("data", DataSweep.Yaml), ("samples", SamplesSweep.Yaml), ("saturation", SaturationSweep.Yaml) })
        {
            File.WriteAllText(Path.Combine(dir, name + "-flagged", "loglens.yaml"), yaml);
            File.WriteAllText(Path.Combine(dir, name + "-clean", "loglens.yaml"), yaml);
        }

        SystemSweep.Write(Path.Combine(dir, "system-flagged"));
        SystemSweep.Write(Path.Combine(dir, "system-clean"), planted: false);
        RagSweep.Write(Path.Combine(dir, "rag-flagged"));
        RagSweep.Write(Path.Combine(dir, "rag-clean"), planted: false);
        foreach (string scenario in new[] { "system-flagged", "system-clean" })
        {
            File.WriteAllText(Path.Combine(dir, scenario, "loglens.yaml"), SystemSweep.Yaml);
        }

        foreach (string scenario in new[] { "rag-flagged", "rag-clean" })
        {
            File.WriteAllText(Path.Combine(dir, scenario, "loglens.yaml"), RagSweep.Yaml);
        }

        foreach ((string folder, LogsSweep.Problem problem) in LogsSweep.Scenarios)
        {
            LogsSweep.Write(Path.Combine(dir, folder), problem);
        }

        foreach ((string folder, DynamicsSweep.Pattern pattern, double lr) in DynamicsSweep.Scenarios)
        {
            DynamicsSweep.Write(Path.Combine(dir, folder), pattern, lr);
        }

        foreach ((string name, string yaml, Action<string, bool> write) in new (string, string, Action<string, bool>)[]
        {
            ("proxy", ProxySweep.Yaml, ProxySweep.Write),
            ("generalization", GeneralizationSweep.Yaml, GeneralizationSweep.Write),
        })
        {
            write(Path.Combine(dir, name + "-flagged"), true);
            write(Path.Combine(dir, name + "-clean"), false);
            File.WriteAllText(Path.Combine(dir, name + "-flagged", "loglens.yaml"), yaml);
            File.WriteAllText(Path.Combine(dir, name + "-clean", "loglens.yaml"), yaml);
        }

        break;
    case "examples":
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        foreach ((string name, bool planted) in new[] { ("stop-tuning", true), ("keep-tuning", false) })
        {
            SupportBotSweep.Write(Path.Combine(dir, name, "support-bot"), planted);
            MultiDomainSweep.Write(Path.Combine(dir, name, "multi-domain"), planted);
            File.WriteAllText(Path.Combine(dir, name, "loglens.yaml"), DemoConfig.Yaml);
        }

        break;
    case "large":
        int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        int steps = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5000;
        LargeFolder.Write(dir, runs, steps);
        break;
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}

Console.WriteLine($"wrote {dir}");
return 0;
