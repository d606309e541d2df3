using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Umbraco.Cms.Core.PropertyEditors;

namespace ClinicKit.Umbraco.Tests.Fidelity;

/// <summary>
/// How Umbraco 17 turns a data type's stored configuration into its configuration class: <c>ConfigurationEditor&lt;T&gt;</c>
/// serializes the stored dictionary and deserializes it as <c>T</c> with <c>SystemTextConfigurationEditorJsonSerializer</c>
/// (Umbraco.Infrastructure, which does not restore here). These are that serializer's options, plus one: a member the class
/// does not have is an error, so a misspelt or invented key in ClinicKit's files fails instead of being dropped silently.
/// </summary>
internal static class UmbracoConfigurationJson
{
    public static JsonSerializerOptions Strict { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { UseConfigurationFieldKeys } },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The keys a configuration class declares with <see cref="ConfigurationFieldAttribute"/>: the top-level keys Umbraco stores.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> ConfigurationFields(Type configuration) =>
        configuration.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Field: p.GetCustomAttribute<ConfigurationFieldAttribute>(true)))
            .Where(p => p.Field is not null)
            .ToDictionary(p => string.IsNullOrWhiteSpace(p.Field!.Key) ? p.Property.Name : p.Field.Key, p => p.Property);

    /// <summary>Umbraco's modifier: a property annotated with <see cref="ConfigurationFieldAttribute"/> is (de)serialized under the attribute's key.</summary>
    private static void UseConfigurationFieldKeys(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind is not JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider?.GetCustomAttributes(typeof(ConfigurationFieldAttribute), true) is { } attributes)
            {
                foreach (ConfigurationFieldAttribute attribute in attributes)
                {
                    property.Name = attribute.Key;
                }
            }
        }
    }
}
