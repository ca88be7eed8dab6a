using System.Reflection;

namespace Progeny.Sdk.Tests;

public class PublicApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(ProgenyClient).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_AllLiveInOneNamespace()
    {
        PublicTypes.Select(type => type.Namespace).Distinct().ShouldBe(["Progeny.Sdk"]);
    }

    [Fact]
    public void PublicClasses_AreSealedAbstractStaticOrExceptions()
    {
        var open = PublicTypes
            .Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract && !typeof(Exception).IsAssignableFrom(type))
            .Select(type => type.Name);

        open.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(typeof(PassportDocument))]
    [InlineData(typeof(PassportOcrResult))]
    public void Models_AreImmutableRecords(Type model)
    {
        model.GetMethod("<Clone>$").ShouldNotBeNull($"{model.Name} is a record");
        model.GetProperties().Where(property => property.SetMethod is { } setter && !IsInitOnly(setter)).ShouldBeEmpty();
    }

    [Fact]
    public void PublicSignatures_MentionNoRefitOrPollyType()
    {
        var leaks = PublicTypes
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(member => SignatureTypes(member).Select(type => $"{member.DeclaringType!.Name}.{member.Name}: {type.FullName}"))
            .Concat(PublicTypes.Where(type => type.BaseType is { } baseType && IsForeign(baseType)).Select(type => type.Name))
            .Where(description => description.Contains("Refit", StringComparison.Ordinal) || description.Contains("Polly", StringComparison.Ordinal));

        leaks.ShouldBeEmpty();
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(modifier => modifier.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static bool IsForeign(Type type) => type.Namespace?.StartsWith("Refit", StringComparison.Ordinal) == true || type.Namespace?.StartsWith("Polly", StringComparison.Ordinal) == true;

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodBase method => method.GetParameters().Select(parameter => parameter.ParameterType)
            .Concat(method is MethodInfo info ? [info.ReturnType] : []),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        EventInfo @event => [@event.EventHandlerType!],
        _ => [],
    };
}
