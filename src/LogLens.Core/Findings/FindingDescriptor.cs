namespace LogLens.Core.Findings;

/// <summary>
/// A catalog entry: the fixed code, name and severity of a finding, and one line each on what it says and what to do.
/// How it is computed and the full advice are on the code's page (<see cref="FindingPages"/>).
/// </summary>
/// <param name="Code">Stable code, e.g. "LL601"; never reused.</param>
/// <param name="Name">PascalCase name, e.g. "SeedNoiseDominates".</param>
/// <param name="Severity">Default severity.</param>
/// <param name="Question">The checklist question it answers.</param>
/// <param name="Summary">One line: what it says.</param>
/// <param name="Remedy">One line: what to do instead of another round of tuning.</param>
public sealed record FindingDescriptor(
    string Code,
    string Name,
    Severity Severity,
    Question Question,
    string Summary,
    string Remedy)
{
    /// <summary>A plot name (file stem) for this finding: "LL105-<paramref name="suffix"/>".</summary>
    internal string PlotName(string suffix) => $"{Code}-{suffix}";

    /// <summary>A plot title for this finding: "LL105: <paramref name="text"/>".</summary>
    internal string PlotTitle(string text) => $"{Code}: {text}";
}
