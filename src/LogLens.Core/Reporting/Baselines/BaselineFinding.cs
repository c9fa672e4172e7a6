using LogLens.Core.Findings;

namespace LogLens.Core.Reporting.Baselines;

/// <summary>A finding as a previous findings.json recorded it: enough to list it as resolved.</summary>
/// <param name="Id">The stable id ("CODE:subject").</param>
/// <param name="Code">The finding code (from the file, else the id's prefix).</param>
/// <param name="Name">The catalog name, or empty when the file had none.</param>
/// <param name="Severity">The severity the file recorded (info when unknown).</param>
/// <param name="Subject">The subject fields LogLens knows (run, config, metric, dataset, slice, prompt, path).</param>
/// <param name="Message">The message, or empty.</param>
public sealed record BaselineFinding(string Id, string Code, string Name, Severity Severity, Subject Subject, string Message)
{
    /// <summary>True when the file recorded the finding as suppressed (<c>"status": "suppressed"</c>).</summary>
    public bool Suppressed { get; init; }
}
