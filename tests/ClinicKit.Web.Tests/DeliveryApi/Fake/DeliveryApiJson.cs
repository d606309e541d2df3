using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace ClinicKit.Web.Tests.DeliveryApi.Fake;

/// <summary>The JSON options Umbraco 17's Delivery API writes its answers with, reproduced (the assembly that holds them,
/// Umbraco.Cms.Api.Delivery, cannot be restored here).</summary>
/// <remarks>
/// Sources (umbraco/Umbraco-CMS, v17 line):
/// <list type="bullet">
/// <item><c>src/Umbraco.Cms.Api.Delivery/DependencyInjection/UmbracoBuilderExtensions.cs</c>:
/// <c>AddJsonOptions(Constants.JsonOptionsNames.DeliveryApi, o => { PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
/// TypeInfoResolver = new DeliveryApiJsonTypeResolver(); Converters.Add(new JsonStringEnumConverter()); })</c>, on top of
/// MVC's <c>JsonOptions</c>, whose options start as <c>new JsonSerializerOptions(JsonSerializerDefaults.Web)</c>;</item>
/// <item><c>src/Umbraco.Cms.Api.Common/Json/NamedSystemTextJsonOutputFormatter.cs</c> and <c>ConfigureMvcJsonOptions.cs</c>: the
/// answer is written by <c>new SystemTextJsonOutputFormatter(jsonOptions.JsonSerializerOptions)</c> with those options as
/// they are (no relaxed encoder is added, so <c>&lt;</c> is written <c>\u003C</c>);</item>
/// <item><c>src/Umbraco.Cms.Api.Delivery/Json/DeliveryApiJsonTypeResolver.cs</c>: <see cref="TypeResolver"/> below.</item>
/// </list>
/// </remarks>
public static class DeliveryApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = new TypeResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Umbraco's <c>DeliveryApiJsonTypeResolver</c>: interfaces the API returns are written as their one implementation
    /// (no type discriminator). <c>IApiElement</c> is not among them, so a block's content is written with the interface's
    /// members only: <c>contentType</c> (order -100), <c>id</c>, <c>properties</c>.</summary>
    public sealed class TypeResolver : DefaultJsonTypeInfoResolver
    {
        public override JsonTypeInfo GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            var info = base.GetTypeInfo(type, options);
            Type[] derived =
                info.Type == typeof(IApiContent) ? [typeof(ApiContent)]
                : info.Type == typeof(IApiContentResponse) ? [typeof(ApiContentResponse)]
                : info.Type == typeof(IRichTextElement) ? [typeof(RichTextRootElement), typeof(RichTextGenericElement), typeof(RichTextTextElement)]
                : [];
            if (derived.Length > 0)
            {
                info.PolymorphismOptions = new JsonPolymorphismOptions { UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization };
                foreach (var t in derived)
                {
                    info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(t));
                }
            }

            return info;
        }
    }
}
