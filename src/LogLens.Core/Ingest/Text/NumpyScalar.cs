using System.Buffers.Binary;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Ingest.Text;

/// <summary>
/// A NumPy scalar as PyYAML dumps it (<c>np.float64(1e-3)</c> in hparams):
/// <c>!!python/object/apply:numpy.core.multiarray.scalar [!!python/object/apply:numpy.dtype {args: [f8, ...]}, !!binary ...]</c>.
/// </summary>
internal static class NumpyScalar
{
    public static bool TryRead(string tag, YamlNode node, out double value)
    {
        value = 0;
        if (!tag.StartsWith("object/apply:numpy", StringComparison.Ordinal) || !tag.EndsWith("multiarray.scalar", StringComparison.Ordinal)
            || node is not YamlSequenceNode { Children.Count: 2 } args
            || args[0] is not YamlMappingNode dtype || args[1] is not YamlScalarNode { Value: string base64 }
            || !dtype.Children.TryGetValue(new YamlScalarNode("args"), out YamlNode? dtypeArgs)
            || dtypeArgs is not YamlSequenceNode { Children.Count: > 0 } kinds || kinds[0] is not YamlScalarNode { Value: string kind })
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return false;
        }

        return Decode(kind, bytes, out value);
    }

    private static bool Decode(string kind, ReadOnlySpan<byte> b, out double value)
    {
        (value, bool ok) = kind switch
        {
            "f8" when b.Length == 8 => (BinaryPrimitives.ReadDoubleLittleEndian(b), true),
            "f4" when b.Length == 4 => (BinaryPrimitives.ReadSingleLittleEndian(b), true),
            "f2" when b.Length == 2 => ((double)BinaryPrimitives.ReadHalfLittleEndian(b), true),
            "i8" when b.Length == 8 => (BinaryPrimitives.ReadInt64LittleEndian(b), true),
            "i4" when b.Length == 4 => (BinaryPrimitives.ReadInt32LittleEndian(b), true),
            "u8" when b.Length == 8 => (BinaryPrimitives.ReadUInt64LittleEndian(b), true),
            "u4" when b.Length == 4 => (BinaryPrimitives.ReadUInt32LittleEndian(b), true),
            "b1" when b.Length == 1 => (b[0], true),
            _ => (0.0, false),
        };
        return ok;
    }
}
