namespace LogLens.Core.Detection.Samples;

/// <summary>A sampled output whose expected behaviour is a system constraint: a refusal/hand-over, or a rule slice.</summary>
/// <param name="RunId">The run.</param>
/// <param name="ConfigKey">The run's config (the "setting").</param>
/// <param name="Slice">The slice, or <see cref="ConstrainedSamples.ExpectRefuse"/> for unlabelled must-refuse samples.</param>
/// <param name="PromptId">The prompt.</param>
/// <param name="Output">The output text.</param>
/// <param name="ExpectsRefusal">True when refusing or handing over is the expected behaviour.</param>
/// <param name="Refused">Whether the output refused ('refused' field, else the refusal pattern); null when undecided.</param>
/// <param name="Violated">Whether the constraint was broken; null when it cannot be told.</param>
internal sealed record ConstrainedSample(
    string RunId, string ConfigKey, string Slice, string PromptId, string Output, bool ExpectsRefusal, bool? Refused, bool? Violated);
