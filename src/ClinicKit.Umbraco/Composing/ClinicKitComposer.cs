using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace ClinicKit.Umbraco.Composing;

/// <summary>Umbraco finds this composer when the site references ClinicKit.Umbraco; nothing needs adding to Program.cs.</summary>
public sealed class ClinicKitComposer : IComposer
{
    public void Compose(IUmbracoBuilder builder) => builder.AddClinicKit();
}
