using System.Globalization;
using LogLens.Fixtures;

// Deterministic generator of LogLens's example folders. Usage:
//   dotnet run --project tools/LogLens.Fixtures -- demo fixtures/demo
//   dotnet run --project tools/LogLens.Fixtures -- scenarios fixtures/scenarios
//   dotnet run --project tools/LogLens.Fixtures -- large DIR [runs] [steps]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: LogLens.Fixtures demo|scenarios|large <dir> [runs] [steps]");
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
            File.WriteAllText(Path.Combine(scenario, "loglens.yaml"), DemoConfig.Yaml);
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
