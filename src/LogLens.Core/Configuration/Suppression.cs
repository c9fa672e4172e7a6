namespace LogLens.Core.Configuration;

/// <summary>
/// A <c>suppress:</c> entry of loglens.yaml: findings with this code, or the one finding with this id, are accepted
/// with a reason — listed apart, not counted for <c>--fail-on</c> or the verdict.
/// </summary>
/// <param name="Code">A finding code (LL304), or null.</param>
/// <param name="Id">A finding id as findings.json writes it (LL304:run=a;metric=m), or null.</param>
/// <param name="Reason">Why the finding is accepted (required).</param>
/// <param name="Line">The entry's line in loglens.yaml (1-based; 0 for entries built in code).</param>
public sealed record Suppression(string? Code, string? Id, string Reason, int Line = 0)
{
    /// <summary>True when the entry covers a finding of <paramref name="code"/> with <paramref name="id"/>.</summary>
    public bool Matches(string code, string id) =>
        Id is not null ? string.Equals(Id, id, StringComparison.Ordinal) : string.Equals(Code, code, StringComparison.OrdinalIgnoreCase);

    /// <summary>"code LL304" or "id LL304:run=a".</summary>
    public string Target => Id is not null ? "id " + Id : "code " + Code;
}
