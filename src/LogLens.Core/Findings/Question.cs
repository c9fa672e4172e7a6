namespace LogLens.Core.Findings;

/// <summary>The checklist question a finding answers (the hundreds digit of its code).</summary>
public enum Question
{
    /// <summary>LL0xx: can the logs be trusted?</summary>
    Logs,

    /// <summary>LL1xx: training dynamics.</summary>
    Dynamics,

    /// <summary>LL2xx: can more data fix it?</summary>
    Data,

    /// <summary>LL3xx: is the evaluation misleading us?</summary>
    Evaluation,

    /// <summary>LL4xx: does it need system constraints?</summary>
    System,

    /// <summary>LL5xx: is it a RAG evidence problem?</summary>
    Retrieval,

    /// <summary>LL6xx: are we in the uninterpretable zone?</summary>
    Uninterpretable,

    /// <summary>LL9xx: the verdict.</summary>
    Verdict,
}
