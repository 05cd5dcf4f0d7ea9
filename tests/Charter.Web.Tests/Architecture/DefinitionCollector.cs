using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Charter.Web.Tests.Architecture;

/// <summary>
/// Decodes signatures (fields, methods, locals, generic instantiations) and records every type
/// defined in the assembly being read that they mention; types from other assemblies are of no
/// interest to a namespace graph of one assembly, so they are dropped.
/// </summary>
internal sealed class DefinitionCollector(MetadataReader reader) : ISignatureTypeProvider<bool, object?>
{
    public HashSet<TypeDefinitionHandle> Found { get; } = [];

    public void AddEntity(EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                Found.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                break;
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                Found.Add(method.GetDeclaringType());
                method.DecodeSignature(this, null);
                break;
            case HandleKind.FieldDefinition:
                Found.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                AddMemberReference(reader.GetMemberReference((MemberReferenceHandle)handle));
                break;
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddEntity(specification.Method);
                specification.DecodeSignature(this, null);
                break;
            case HandleKind.StandaloneSignature:
                AddStandaloneSignature((StandaloneSignatureHandle)handle);
                break;
        }
    }

    public void AddStandaloneSignature(StandaloneSignatureHandle handle)
    {
        if (handle.IsNil)
        {
            return;
        }

        var signature = reader.GetStandaloneSignature(handle);
        if (signature.GetKind() == StandaloneSignatureKind.LocalVariables)
        {
            signature.DecodeLocalSignature(this, null);
        }
        else
        {
            signature.DecodeMethodSignature(this, null);
        }
    }

    private void AddMemberReference(MemberReference member)
    {
        AddEntity(member.Parent);
        if (member.GetKind() == MemberReferenceKind.Method)
        {
            member.DecodeMethodSignature(this, null);
        }
        else
        {
            member.DecodeFieldSignature(this, null);
        }
    }

    public bool GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
        Found.Add(handle);

    public bool GetTypeFromSpecification(MetadataReader metadata, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
        metadata.GetTypeSpecification(handle).DecodeSignature(this, context);

    public bool GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => false;

    public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => false;

    public bool GetArrayType(bool elementType, ArrayShape shape) => false;

    public bool GetByReferenceType(bool elementType) => false;

    public bool GetFunctionPointerType(MethodSignature<bool> signature) => false;

    public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => false;

    public bool GetGenericMethodParameter(object? genericContext, int index) => false;

    public bool GetGenericTypeParameter(object? genericContext, int index) => false;

    public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => false;

    public bool GetPinnedType(bool elementType) => false;

    public bool GetPointerType(bool elementType) => false;

    public bool GetSZArrayType(bool elementType) => false;
}
