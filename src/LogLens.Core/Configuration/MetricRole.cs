namespace LogLens.Core.Configuration;

/// <summary>What a metric stands for in the analysis.</summary>
public enum MetricRole
{
    /// <summary>Not compared by the proxy/business detectors (learning rate, runtime, grad norm, ...).</summary>
    Other,

    /// <summary>A stand-in the optimiser sees: train/eval loss, perplexity, BLEU, ROUGE.</summary>
    Proxy,

    /// <summary>What the project is judged on: task success, accuracy, pass rate, judge rating.</summary>
    Business,
}
