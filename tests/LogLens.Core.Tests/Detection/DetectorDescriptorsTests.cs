using System.Collections.Immutable;
using System.Reflection;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>
/// The catalog and the detectors agree: each catalog entry is a named descriptor, each is declared by exactly one
/// default detector (two for LL304; none for LL009, which the analysis writes), on every committed fixture a detector
/// emits only what it declares, and the fixtures together emit every entry.
/// </summary>
public sealed class DetectorDescriptorsTests
{
    /// <summary>
    /// Entries no detector emits: LL009 is written by <see cref="Suppressions.Apply"/> after the detectors have run, for
    /// the loglens.yaml suppress entries that matched none of their findings. (LL603/LL604 are also written by
    /// <c>compare</c>, through the same <c>GainFindings</c> the generalization detector uses, which declares them.)
    /// </summary>
    private static readonly ImmutableArray<FindingDescriptor> EmittedByTheAnalysis = [FindingCatalog.UnusedSuppression];

    /// <summary>
    /// Entries two detectors declare: LL304 is the business score lost by what the proxy picks, a checkpoint within a run
    /// (<c>ProxyBusinessTrendDetector</c>) or a config across runs (<c>ProxyBusinessRankDetector</c>); QuestionFamilies
    /// counts it as two families.
    /// </summary>
    private static readonly ImmutableArray<FindingDescriptor> DeclaredTwice = [FindingCatalog.SelectionRegret];

    private static readonly string Root = FindRoot();

    /// <summary>Every committed fixture folder the CLI can analyse: the demo, the examples, the formats and the scenarios.</summary>
    private static readonly ImmutableArray<string> FixtureFolders =
    [
        .. new[] { "examples", "formats", "scenarios" }
            .SelectMany(group => Directory.GetDirectories(Path.Combine(Root, "fixtures", group)))
            .Select(d => Path.GetRelativePath(Path.Combine(Root, "fixtures"), d).Replace('\\', '/'))
            .Prepend("demo")
            .Order(StringComparer.Ordinal),
    ];

    /// <summary><see cref="FixtureFolders"/> as theory data.</summary>
    public static TheoryData<string> Fixtures => [.. FixtureFolders];

    [Fact]
    public void The_catalog_lists_its_named_descriptors_in_code_order()
    {
        var properties = typeof(FindingCatalog).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(FindingDescriptor))
            .ToList();
        Assert.Equal(properties.Select(p => p.Name).Order(StringComparer.Ordinal), FindingCatalog.All.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(properties, p => Assert.Same(p.GetValue(null), FindingCatalog.All.Single(d => d.Name == p.Name)));
        Assert.Equal(FindingCatalog.All.Select(d => d.Code).Order(StringComparer.Ordinal), FindingCatalog.All.Select(d => d.Code));
        Assert.Equal(FindingCatalog.All.Length, FindingCatalog.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(FindingCatalog.All, d => Assert.Matches("^LL[0-9]{3}$", d.Code));
    }

    [Fact]
    public void Every_catalog_entry_is_declared_by_one_default_detector_or_emitted_by_the_analysis()
    {
        var declared = DefaultDetectors.All.SelectMany(d => d.Descriptors.Select(x => (Descriptor: x, Detector: d.GetType().Name))).ToList();
        Assert.All(declared, x => Assert.Contains(x.Descriptor, FindingCatalog.All));
        Assert.All(DefaultDetectors.All, d => Assert.NotEmpty(d.Descriptors));
        foreach (FindingDescriptor d in FindingCatalog.All)
        {
            var by = declared.Where(x => x.Descriptor == d).Select(x => x.Detector).ToList();
            int expected = EmittedByTheAnalysis.Contains(d) ? 0 : DeclaredTwice.Contains(d) ? 2 : 1;
            Assert.True(by.Count == expected, $"{d.Code} {d.Name} is declared by {by.Count} detectors ({string.Join(", ", by)}), expected {expected}");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void On_every_fixture_each_detector_emits_only_what_it_declares(string fixture)
    {
        RunSet runs = Load(fixture);
        var context = new AnalysisContext(runs);
        foreach (IDetector detector in DefaultDetectors.All)
        {
            foreach (Finding finding in detector.Detect(context))
            {
                Assert.True(
                    detector.Descriptors.Contains(finding.Descriptor),
                    $"{detector.GetType().Name} emitted {finding.Code} on {fixture} but declares "
                    + string.Join(", ", detector.Descriptors.Select(d => d.Code)));
                Assert.Same(FindingCatalog.Get(finding.Code), finding.Descriptor);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void On_every_fixture_the_analysis_emits_only_declared_descriptors_and_its_own(string fixture)
    {
        AnalysisResult result = Analyzer.Analyze(Load(fixture));
        var allowed = DefaultDetectors.All.SelectMany(d => d.Descriptors).Concat(EmittedByTheAnalysis).ToHashSet();
        Assert.All(result.Findings.Concat(result.Suppressed.Select(s => s.Finding)), f => Assert.Contains(f.Descriptor, allowed));
    }

    [Fact]
    public void The_fixtures_together_exercise_every_catalog_entry()
    {
        Assert.True(FixtureFolders.Length >= 30, string.Join(", ", FixtureFolders));
        var seen = FixtureFolders.SelectMany(f =>
        {
            AnalysisResult result = Analyzer.Analyze(Load(f));
            return result.Findings.Concat(result.Suppressed.Select(s => s.Finding)).Select(x => x.Descriptor);
        }).ToHashSet();
        Assert.Empty(FindingCatalog.All.Where(d => !seen.Contains(d)).Select(d => d.Code));
    }

    [Fact]
    public void The_ingest_detector_rejects_a_diagnostic_code_it_does_not_declare()
    {
        RunSet runs = Load("scenarios/logs-unreadable");
        RunSet stray = runs with { Diagnostics = [new Diagnostic(FindingCatalog.LossSpikes.Code, "x.jsonl", null, "not an ingest code")] };
        var detector = Core.Detection.Detectors.IngestDiagnosticsDetector.Default;
        Assert.Throws<InvalidOperationException>(() => detector.Detect(new AnalysisContext(stray)).ToList());
        Assert.NotEmpty(detector.Detect(new AnalysisContext(runs)));
    }

    private static RunSet Load(string fixture)
    {
        string folder = Path.Combine(Root, "fixtures", fixture);
        string? configPath = LogLensConfigLoader.Find([folder]);
        LogLensConfig config = configPath is null ? LogLensConfig.Default : LogLensConfigLoader.Load(configPath);
        return RunIngestor.Ingest([folder], config).RunSet;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogLens.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LogLens.sln not found above " + AppContext.BaseDirectory);
    }
}
