using System.Text;

namespace LogLens.Core.Ingest.Formats.Lightning;

/// <summary>
/// Splits one CSV line (UTF-8, no line break inside) into fields the way Python's csv module writes them: ','
/// separated, a field in double quotes may hold ',' and doubled quotes. Reused row after row without allocating.
/// </summary>
internal sealed class CsvFields
{
    private readonly List<(int Start, int Length, bool Quoted)> fields = [];

    public int Count => fields.Count;

    /// <summary>Splits <paramref name="line"/>; the spans returned by <see cref="Raw"/> point into it.</summary>
    public void Split(ReadOnlySpan<byte> line)
    {
        fields.Clear();
        int i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                int start = i + 1;
                int j = start;
                while (j < line.Length && !(line[j] == '"' && (j + 1 >= line.Length || line[j + 1] != '"')))
                {
                    j += line[j] == '"' ? 2 : 1;
                }

                fields.Add((start, Math.Min(j, line.Length) - start, true));
                int comma = j < line.Length ? line[j..].IndexOf((byte)',') : -1;
                if (comma < 0)
                {
                    return;
                }

                i = j + comma + 1;
                continue;
            }

            int next = line[i..].IndexOf((byte)',');
            fields.Add((i, next < 0 ? line.Length - i : next, false));
            if (next < 0)
            {
                return;
            }

            i += next + 1;
        }
    }

    /// <summary>The bytes of field <paramref name="index"/> (inside the quotes for a quoted field).</summary>
    public ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> line, int index) => line.Slice(fields[index].Start, fields[index].Length);

    /// <summary>Field <paramref name="index"/> as text, doubled quotes undone, trimmed.</summary>
    public string Text(ReadOnlySpan<byte> line, int index)
    {
        string text = Encoding.UTF8.GetString(Raw(line, index));
        return (fields[index].Quoted ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text).Trim();
    }
}
