using System.Text;
using LogLens.Core.Analysis;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace LogLens.Core.Tests;

/// <summary>
/// LogLens.Core's namespaces form layers (docs/contributing.md#layers): no namespace depends, directly or through
/// others, on one that depends on it. Read from the compiled IL with Mono.Cecil, so every use counts — signatures,
/// fields, locals and method bodies (calls, field reads, casts, typeof), lambdas and iterators included.
/// </summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void LogLens_Core_has_no_namespace_cycle()
    {
        var edges = Dependencies(typeof(Analyzer).Assembly.Location);
        var cycles = StronglyConnected(edges).ToList();

        var message = new StringBuilder();
        foreach (var cycle in cycles)
        {
            message.Append("cycle: ").AppendJoin(", ", cycle.Order(StringComparer.Ordinal)).Append('\n');
            foreach (string from in cycle.Order(StringComparer.Ordinal))
            {
                foreach (var (to, example) in edges[from].Where(e => cycle.Contains(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    message.Append("  ").Append(from).Append(" -> ").Append(to).Append(" (").Append(example).Append(")\n");
                }
            }
        }

        Assert.True(cycles.Count == 0, message.ToString());
    }

    [Fact]
    public void The_dependency_reader_sees_uses_inside_method_bodies()
    {
        var edges = Dependencies(typeof(Analyzer).Assembly.Location);

        // Analyzer builds the default detector list only inside a method body; the test must see that edge.
        Assert.Contains("LogLens.Core.Detection.Detectors", edges["LogLens.Core.Analysis"].Keys);
        Assert.True(edges.Count >= 20, $"{edges.Count} namespaces read");
    }

    /// <summary>Namespace → namespaces it uses (within the assembly), each with one example "Type -> Type".</summary>
    private static Dictionary<string, Dictionary<string, string>> Dependencies(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (TypeDefinition type in module.GetTypes())
        {
            string from = NamespaceOf(type);
            if (from.Length == 0)
            {
                continue;
            }

            var targets = edges.TryGetValue(from, out var known) ? known : edges[from] = new(StringComparer.Ordinal);
            foreach (TypeReference used in Uses(type))
            {
                foreach (TypeReference part in Parts(used))
                {
                    if (part.Scope is not ModuleDefinition || part.Module != module)
                    {
                        continue;
                    }

                    string to = NamespaceOf(part);
                    if (to.Length > 0 && to != from)
                    {
                        targets.TryAdd(to, Outer(type).Name + " -> " + Outer(part).Name);
                    }
                }
            }
        }

        return edges;
    }

    private static IEnumerable<TypeReference> Uses(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (InterfaceImplementation i in type.Interfaces)
        {
            yield return i.InterfaceType;
        }

        foreach (FieldDefinition field in type.Fields)
        {
            yield return field.FieldType;
        }

        foreach (PropertyDefinition property in type.Properties)
        {
            yield return property.PropertyType;
        }

        foreach (MethodDefinition method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (ParameterDefinition parameter in method.Parameters)
            {
                yield return parameter.ParameterType;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (VariableDefinition local in method.Body.Variables)
            {
                yield return local.VariableType;
            }

            foreach (Instruction instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        yield return t;
                        break;
                    case MethodReference m:
                        yield return m.DeclaringType;
                        yield return m.ReturnType;
                        foreach (ParameterDefinition p in m.Parameters)
                        {
                            yield return p.ParameterType;
                        }

                        if (m is GenericInstanceMethod g)
                        {
                            foreach (TypeReference a in g.GenericArguments)
                            {
                                yield return a;
                            }
                        }

                        break;
                    case FieldReference f:
                        yield return f.DeclaringType;
                        yield return f.FieldType;
                        break;
                }
            }
        }
    }

    /// <summary>A type and the types it is built from (array elements, generic arguments, by-ref targets).</summary>
    private static IEnumerable<TypeReference> Parts(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType g:
                foreach (TypeReference part in Parts(g.ElementType).Concat(g.GenericArguments.SelectMany(Parts)))
                {
                    yield return part;
                }

                break;
            case TypeSpecification s:
                foreach (TypeReference part in Parts(s.ElementType))
                {
                    yield return part;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }

    private static TypeReference Outer(TypeReference type) => type.DeclaringType is null ? type : Outer(type.DeclaringType);

    private static string NamespaceOf(TypeReference type) => Outer(type).Namespace;

    /// <summary>Tarjan's strongly connected components of more than one namespace.</summary>
    private static IEnumerable<HashSet<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<HashSet<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            IEnumerable<string> next = edges.TryGetValue(v, out var targets) ? targets.Keys : [];
            foreach (string w in next)
            {
                if (!index.TryGetValue(w, out int seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }

            if (low[v] == index[v])
            {
                var component = new HashSet<string>(StringComparer.Ordinal);
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    found.Add(component);
                }
            }
        }

        foreach (string v in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return found;
    }
}
