using ClinicKit.Content.Authoring;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Tests.Shared;

/// <summary>A published reviewer in a folder's people library, with every property the reviewer type defines (as uSync
/// exports a node), for a test to write with whichever writer it uses.</summary>
public static class ReviewerNodes
{
    public static ContentNode Create(UsyncFolder folder, string name, string credentials, string role = "", string bio = "", string profileUrl = "", bool isDemo = false, string photo = "")
    {
        var library = folder.Content.Single(n => n.ContentType == DocumentTypes.PeopleLibrary.Alias);
        return ContentNodes.Create(Guid.NewGuid(), name, DocumentTypes.Reviewer.Alias, library,
                folder.Content.Count(n => n.ParentKey == library.Key), published: true, new DateTime(2026, 10, 20, 9, 0, 0))
            .Set(Props.Credentials, credentials)
            .Set(Props.Role, role)
            .Set(Props.Bio, bio)
            .Set(Props.Photo, photo)
            .Set(Props.ProfileUrl, profileUrl)
            .Set(Props.IsDemo, isDemo ? "1" : "0");
    }
}
