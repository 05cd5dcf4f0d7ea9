using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Charter.Web.Tests.Architecture;

/// <summary>
/// Which top-level folders of an assembly (<c>Charter.Web.&lt;Folder&gt;</c>) use which, read
/// from its metadata: base types, interfaces, constraints, field, property, event and method
/// signatures, attributes, locals, and every member and type the IL names. A compiler-made type
/// (a lambda's closure, an async state machine) counts as the type it is nested in.
/// </summary>
internal sealed class FolderDependencies
{
    private readonly Dictionary<(string From, string To), string> _examples = [];

    private FolderDependencies(string rootNamespace) => RootNamespace = rootNamespace;

    public string RootNamespace { get; }

    /// <summary>Each edge once, with one pair of types that makes it, for the failure message.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _examples;

    public static FolderDependencies Read(string assemblyPath, string rootNamespace)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var graph = new FolderDependencies(rootNamespace);
        foreach (var handle in reader.TypeDefinitions)
        {
            if (graph.FolderOf(reader, handle) is not { } from)
            {
                continue;
            }

            var collector = new DefinitionCollector(reader);
            CollectUses(reader, pe, reader.GetTypeDefinition(handle), collector);
            foreach (var used in collector.Found)
            {
                if (graph.FolderOf(reader, used) is { } to && to != from)
                {
                    graph._examples.TryAdd((from, to), $"{NameOf(reader, handle)} uses {NameOf(reader, used)}");
                }
            }
        }

        return graph;
    }

    private static void CollectUses(MetadataReader reader, PEReader pe, TypeDefinition type, DefinitionCollector collector)
    {
        collector.AddEntity(type.BaseType);
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            collector.AddEntity(reader.GetInterfaceImplementation(implementation).Interface);
        }

        foreach (var parameter in type.GetGenericParameters())
        {
            AddConstraints(reader, reader.GetGenericParameter(parameter), collector);
        }

        AddAttributes(reader, type.GetCustomAttributes(), collector);
        foreach (var field in type.GetFields())
        {
            var definition = reader.GetFieldDefinition(field);
            definition.DecodeSignature(collector, null);
            AddAttributes(reader, definition.GetCustomAttributes(), collector);
        }

        foreach (var property in type.GetProperties())
        {
            var definition = reader.GetPropertyDefinition(property);
            definition.DecodeSignature(collector, null);
            AddAttributes(reader, definition.GetCustomAttributes(), collector);
        }

        foreach (var @event in type.GetEvents())
        {
            collector.AddEntity(reader.GetEventDefinition(@event).Type);
        }

        foreach (var method in type.GetMethods())
        {
            var definition = reader.GetMethodDefinition(method);
            definition.DecodeSignature(collector, null);
            AddAttributes(reader, definition.GetCustomAttributes(), collector);
            foreach (var parameter in definition.GetGenericParameters())
            {
                AddConstraints(reader, reader.GetGenericParameter(parameter), collector);
            }

            if (definition.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var body = pe.GetMethodBody(definition.RelativeVirtualAddress);
            collector.AddStandaloneSignature(body.LocalSignature);
            foreach (var token in MethodBodyTokens.Read(body))
            {
                collector.AddEntity(token);
            }
        }
    }

    private static void AddConstraints(MetadataReader reader, GenericParameter parameter, DefinitionCollector collector)
    {
        foreach (var constraint in parameter.GetConstraints())
        {
            collector.AddEntity(reader.GetGenericParameterConstraint(constraint).Type);
        }
    }

    private static void AddAttributes(MetadataReader reader, CustomAttributeHandleCollection attributes, DefinitionCollector collector)
    {
        foreach (var attribute in attributes)
        {
            collector.AddEntity(reader.GetCustomAttribute(attribute).Constructor);
        }
    }

    /// <summary>The folder under the root namespace, or null for types outside every folder.</summary>
    private string? FolderOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var ns = reader.GetString(reader.GetTypeDefinition(Outermost(reader, handle)).Namespace);
        var prefix = RootNamespace + ".";
        return ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : null;
    }

    private static TypeDefinitionHandle Outermost(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var declaring = reader.GetTypeDefinition(handle).GetDeclaringType();
        return declaring.IsNil ? handle : Outermost(reader, declaring);
    }

    private static string NameOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var outer = Outermost(reader, handle);
        var definition = reader.GetTypeDefinition(outer);
        return $"{reader.GetString(definition.Namespace)}.{reader.GetString(definition.Name)}";
    }
}
