using System.Security.Cryptography;
using System.Text;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>The report's inline style sheet and sorting script, and the Content-Security-Policy that admits only them.</summary>
internal static class HtmlAssets
{
    /// <summary>
    /// Makes tables with class "sortable" sortable by clicking a header. Headers become buttons only when the
    /// script runs, so without JavaScript the table is a plain table in its default order. Reads cell text with
    /// textContent and moves existing rows: no markup is ever built from report text. Ties keep the report's order.
    /// A link to a finding inside a folded list opens the fold; printing opens every fold.
    /// </summary>
    public static readonly string Script = """
        (function () {
          function key(cell) {
            var k = cell.getAttribute('data-key');
            if (k !== null && k !== '' && !isNaN(Number(k))) { return Number(k); }
            return (k !== null ? k : cell.textContent).trim().toLowerCase();
          }
          Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
            var heads = table.tHead.rows[0].cells;
            var original = Array.prototype.slice.call(table.tBodies[0].rows);
            Array.prototype.forEach.call(heads, function (th, column) {
              var button = document.createElement('button');
              button.type = 'button';
              button.textContent = th.textContent;
              button.title = 'Sort by this column';
              th.textContent = '';
              th.appendChild(button);
              th.setAttribute('aria-sort', 'none');
              button.addEventListener('click', function () {
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                Array.prototype.forEach.call(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                var body = table.tBodies[0];
                var rows = original.map(function (row, index) { return { row: row, index: index }; });
                rows.sort(function (a, b) {
                  var x = key(a.row.cells[column]), y = key(b.row.cells[column]);
                  var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
                  return (ascending ? c : -c) || a.index - b.index;
                });
                rows.forEach(function (r) { body.appendChild(r.row); });
              });
            });
          });
          function reveal() {
            var target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
            for (var e = target; e; e = e.parentElement) { if (e.tagName === 'DETAILS') { e.open = true; } }
            if (target) { target.scrollIntoView(); }
          }
          window.addEventListener('hashchange', reveal);
          window.addEventListener('beforeprint', function () {
            Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
          });
          reveal();
        })();
        """.ReplaceLineEndings("\n");

    /// <summary>Base64 SHA-256 of <see cref="Script"/>, as CSP expects it.</summary>
    public static readonly string ScriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));

    /// <summary>Nothing may load from anywhere; images only from data: URLs; only the script above runs.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{ScriptHash}'; base-uri 'none'; form-action 'none'";

    /// <summary>Laptop-width layout with system fonts only, plus print rules.</summary>
    public static readonly string Style = """
        :root{--err:#b2182b;--warn:#a6540a;--info:#2166ac;--ok:#1b7837;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa}
        *{box-sizing:border-box}
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:1180px;padding:24px 32px 64px}
        h1{font-size:1.7em;margin:0 0 .3em}
        h2{font-size:1.3em;border-bottom:1px solid var(--line);padding-bottom:.2em;margin:1.8em 0 .6em}
        h3{font-size:1.08em;margin:.3em 0}
        a{color:var(--info)}
        .verdict{font-size:1.25em;font-weight:600;padding:12px 16px;border-left:6px solid var(--muted);border-radius:4px;background:var(--soft);margin:.4em 0 1em}
        .verdict.stop{border-color:var(--err)}.verdict.care{border-color:var(--warn)}.verdict.keep{border-color:var(--ok)}
        nav ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:.92em}
        table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.9em}
        th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
        td.wrap{overflow-wrap:anywhere}
        td.mono,td.code{white-space:nowrap}
        th{background:var(--soft);font-weight:600}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.msg{white-space:pre-line}
        td.stat{text-align:right;font-variant-numeric:tabular-nums}
        td.stat small{color:var(--muted);white-space:nowrap}
        .badge{display:inline-block;padding:0 .55em;border-radius:10px;font-size:.82em;font-weight:600;color:#fff;white-space:nowrap}
        .sev-error,.ans-yes{background:var(--err)}.sev-warning{background:var(--warn)}.sev-info{background:var(--info)}
        .ans-no{background:var(--ok)}.ans-canttell{background:var(--muted)}
        .base-new{background:#6f42c1}.base-persisting{background:var(--muted)}.base-resolved{background:var(--ok)}
        figure img.thumb{max-width:360px}
        .counts{display:flex;gap:10px;flex-wrap:wrap;margin:.5em 0}
        .counts>span{border:1px solid var(--line);border-radius:6px;padding:4px 12px;background:var(--soft)}
        .counts b{font-size:1.2em}
        article.finding{border:1px solid var(--line);border-radius:6px;padding:10px 16px 6px;margin:1em 0}
        article.top{border-left:4px solid var(--err)}
        article.top figure img{max-width:840px}
        .remedy{margin:.4em 0}
        .count{font-size:.72em;font-weight:400;color:var(--muted);margin-left:.4em}
        p.seen{color:var(--muted);margin:.6em 0}
        p.question.empty{margin:.5em 0;color:var(--muted)}p.question.empty b{color:#1f2328}
        details{margin:.5em 0}
        details>summary{cursor:pointer;color:var(--info);font-weight:600;margin:.3em 0}
        details.method>summary{font-weight:400;font-size:.9em}
        article.finding .subject{color:var(--muted);margin:.1em 0 .4em}
        .message{font-size:1.02em;white-space:pre-line}
        figure{margin:.6em 0 1em}
        .gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:4px 16px}
        figure img{display:block;max-width:100%;height:auto;border:1px solid var(--line)}
        figcaption{color:var(--muted);font-size:.88em;margin-top:2px}
        .placeholder{border:1px dashed var(--line);padding:28px 16px;color:var(--muted);text-align:center;background:var(--soft)}
        table.evidence{width:auto;min-width:50%}
        dl.explain{margin:.4em 0}dl.explain dt{font-weight:600}dl.explain dd{margin:0 0 .5em}dl.explain dd.method{white-space:pre-line}
        .empty,.note{color:var(--muted)}
        .scroll{overflow-x:auto}
        .mono,pre{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.88em}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
        th button{all:unset;cursor:pointer;font-weight:600;white-space:nowrap}
        th button:focus-visible{outline:2px solid var(--info)}
        th button::after{content:" \2195";color:var(--muted)}
        th[aria-sort=ascending] button::after{content:" \2191"}
        th[aria-sort=descending] button::after{content:" \2193"}
        footer{margin-top:3em;color:var(--muted);font-size:.85em}
        @page{margin:14mm}
        @media print{
        body{max-width:none;padding:0;font-size:10pt}
        nav{display:none}
        th button::after{content:""}
        .scroll{overflow:visible}
        a{color:inherit;text-decoration:none}
        figure,tr,.verdict{break-inside:avoid}
        h2,h3{break-after:avoid}
        figure img{max-height:120mm;width:auto}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        """.ReplaceLineEndings("\n");
}
