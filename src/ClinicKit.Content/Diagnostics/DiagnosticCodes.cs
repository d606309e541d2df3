namespace ClinicKit.Content.Diagnostics;

/// <summary>Every code ClinicKit reports. Codes never change meaning once shipped; new rules get new codes.</summary>
public static class DiagnosticCodes
{
    // CK00xx: reading files
    public static readonly DiagnosticCode FolderMissing = new("CK0001", Severity.Error, "The uSync folder does not exist", "Pass the folder that holds usync.config (for example uSync/v17).");
    public static readonly DiagnosticCode FolderEmpty = new("CK0002", Severity.Error, "The uSync folder holds no items", "Export from Umbraco with uSync, or copy ClinicKit's uSync/v17 folder here.");
    public static readonly DiagnosticCode NotUtf8 = new("CK0003", Severity.Error, "The file is not UTF-8 text", "Save the file as UTF-8 (uSync writes UTF-8 with a byte order mark).");
    public static readonly DiagnosticCode MalformedXml = new("CK0004", Severity.Error, "The file is not well-formed XML", "Fix the XML at the line given, or export the item again from Umbraco.");
    public static readonly DiagnosticCode UnexpectedShape = new("CK0005", Severity.Error, "The XML is not in the shape uSync writes", "Check the root element matches the folder, and that no element uSync needs was removed.");
    public static readonly DiagnosticCode UnknownFolder = new("CK0006", Severity.Warning, "A file sits where uSync does not look", "Move the file into the folder for its kind (ContentTypes, DataTypes, Content, ...) or remove it.");
    public static readonly DiagnosticCode MarkerMissing = new("CK0007", Severity.Warning, "usync.config is missing or from another uSync format", "uSync writes usync.config with format 10.7.0 for v17; export once to create it.");
    public static readonly DiagnosticCode EmptyFile = new("CK0008", Severity.Error, "The file is empty", "Delete the file or export the item again.");
    public static readonly DiagnosticCode XmlTooLarge = new("CK0009", Severity.Error, "The file is too large or too deeply nested to read", "uSync files are under 4 MB and a few levels deep; export the item again from Umbraco.");
    public static readonly DiagnosticCode LeftoverTemp = new("CK0020", Severity.Warning, "A temporary file left by an interrupted clinickit command", "Nothing reads it; the next clinickit command that writes to the folder removes it (or delete it).");
    public static readonly DiagnosticCode UnfinishedChange = new("CK0021", Severity.Warning, "A clinickit change was interrupted while it was being applied", "The folder is read as if the change had finished; the next clinickit command that writes to the folder finishes it.");

    // CK01xx: identity and form
    public static readonly DiagnosticCode DuplicateKey = new("CK0101", Severity.Error, "Two items share a key", "Keys must be unique within a kind; give one of them a new GUID.");
    public static readonly DiagnosticCode DuplicateAlias = new("CK0102", Severity.Error, "Two items share an alias", "Aliases must be unique within a kind; rename one of them.");
    public static readonly DiagnosticCode FileName = new("CK0103", Severity.Warning, "The file name is not the one uSync would write", "Run 'clinickit format' or rename the file; uSync may otherwise write a second copy.");
    public static readonly DiagnosticCode Level = new("CK0104", Severity.Warning, "Level does not match the item's place", "Level sets import order; correct it to the depth given.");
    public static readonly DiagnosticCode MissingEditorUi = new("CK0105", Severity.Error, "A data type has no EditorUIAlias", "Add <EditorUIAlias>; without it uSync guesses, and guesses wrong for some editors in Umbraco 17.");
    public static readonly DiagnosticCode DeleteAction = new("CK0106", Severity.Warning, "The file deletes something on import", "An <Empty Change=\"Delete\"> file removes the item from every site that imports it; remove the file unless you mean that.");
    public static readonly DiagnosticCode InvalidJson = new("CK0107", Severity.Error, "Stored JSON does not parse", "Fix the JSON in the data type configuration or property value.");
    public static readonly DiagnosticCode UnknownEditor = new("CK0108", Severity.Error, "A property editor alias Umbraco 17 does not define", "Use one of Umbraco's property editor aliases, or install the package that provides it.");
    public static readonly DiagnosticCode WrongJsonShape = new("CK0109", Severity.Error, "Stored JSON parses but is not in the shape Umbraco stores", "A block value's contentData, settingsData and expose are lists and its layout an object; rich text markup is text; each block property holds the type the message names.");

    // CK02xx: references
    public static readonly DiagnosticCode CompositionMissing = new("CK0201", Severity.Error, "A composition does not resolve", "Add the composition's content type file, or remove it from <Compositions>.");
    public static readonly DiagnosticCode ParentTypeMissing = new("CK0202", Severity.Error, "A content type's parent does not resolve", "Add the parent content type, or remove <Parent>.");
    public static readonly DiagnosticCode AllowedChildMissing = new("CK0203", Severity.Error, "An allowed child type does not resolve", "Add the child content type, or remove it from <Structure>.");
    public static readonly DiagnosticCode DataTypeMissing = new("CK0204", Severity.Error, "A property's data type does not resolve", "Ship the data type, or point <Definition> at one of Umbraco's built-in data type keys.");
    public static readonly DiagnosticCode BlockElementMissing = new("CK0205", Severity.Error, "A block configuration names an element type that does not resolve", "Add the element type (IsElement true), or remove the block from the data type.");
    public static readonly DiagnosticCode PickerFilterMissing = new("CK0206", Severity.Error, "A picker filter names a content type that does not resolve", "Fix the alias in the picker's filter.");
    public static readonly DiagnosticCode TemplateMissing = new("CK0207", Severity.Error, "A template does not resolve", "Add the template file, or clear the template reference.");
    public static readonly DiagnosticCode ContentTypeMissing = new("CK0208", Severity.Error, "A node's content type does not resolve", "Add the content type file, or correct <ContentType>.");
    public static readonly DiagnosticCode DomainRootMissing = new("CK0209", Severity.Error, "A domain's root node does not resolve", "Point <Root Key> at a content node's key; uSync resolves roots by key only.");
    public static readonly DiagnosticCode ParentNodeMissing = new("CK0210", Severity.Error, "A node's parent does not resolve", "Add the parent node, or move the node to the root.");
    public static readonly DiagnosticCode BlockNotExposed = new("CK0211", Severity.Warning, "A block's content is not exposed and will not render", "Add an expose entry for the block (Umbraco 15+ renders only exposed blocks).");
    public static readonly DiagnosticCode BlockBroken = new("CK0212", Severity.Error, "A block value is inconsistent", "Each layout entry needs content data, and each block's element type must exist.");
    public static readonly DiagnosticCode DomainLanguageMissing = new("CK0213", Severity.Error, "A domain's language does not resolve", "Add the language file, or use a language the site has.");
    public static readonly DiagnosticCode GroupMissing = new("CK0214", Severity.Error, "A property sits in a tab or group that does not exist", "Add the group to <Tabs>, or move the property.");
    public static readonly DiagnosticCode DictionaryParentMissing = new("CK0215", Severity.Error, "A dictionary item's parent does not resolve", "Add the parent dictionary item, or remove <Parent>.");
    public static readonly DiagnosticCode DomainRootText = new("CK0216", Severity.Warning, "A domain's Root text is not its root node's name path", "Write the node names from the top, as uSync does (for example /Riverglass Ketamine Care); uSync resolves the Key, and shows the text.");
    public static readonly DiagnosticCode ParentCycle = new("CK0217", Severity.Error, "A node is its own parent, or its parents form a loop", "Point <Parent Key> at a node outside the loop, or at the root; Umbraco cannot place such a node in the tree.");

    // CK03xx: claims (shared with the publish guard and the backoffice; see Claims/claim-rules.json)
    public static readonly DiagnosticCode ClaimUncited = new("CK0301", Severity.Error, "A claim cites no source", "Pick at least one citation in the claim block.");
    public static readonly DiagnosticCode ClaimCitationMissing = new("CK0302", Severity.Error, "A claim cites a citation that does not exist", "Pick an existing citation, or add the citation to the citation library.");
    public static readonly DiagnosticCode ClaimCitationUnpublished = new("CK0303", Severity.Error, "A claim cites a citation that is not published", "Publish the citation (or restore it from the recycle bin).");
    public static readonly DiagnosticCode ClaimEmpty = new("CK0304", Severity.Error, "A claim block has no statement", "Write the claim, or remove the block.");
    public static readonly DiagnosticCode ClaimUnqualified = new("CK0305", Severity.Warning, "A claim on limited evidence has no qualifier", "Add the honest caveat patients should read beside the claim.");
    public static readonly DiagnosticCode ClaimUnclassified = new("CK0306", Severity.Warning, "A claim has no claim type or evidence strength", "Choose the claim type and evidence strength so reviewers can weigh it.");
    public static readonly DiagnosticCode ReviewOverdue = new("CK0310", Severity.Warning, "The medical review is overdue", "Have the article reviewed and update Last reviewed and Next review due.");
    public static readonly DiagnosticCode ReviewMissing = new("CK0311", Severity.Warning, "An article with claims has no medical review", "Fill in Reviewed by and Last reviewed.");
    public static readonly DiagnosticCode PlainTextClaim = new("CK0322", Severity.Warning, "Plain text makes a medical claim outside a claim block", "Turn the sentence into a claim block with a citation, or reword it so it claims nothing (the README's \"Claim detection\" lists the kinds of claim).");

    // CK04xx: ClinicKit content
    public static readonly DiagnosticCode LibraryArticleMissing = new("CK0401", Severity.Error, "A clinic article picks a library article that does not exist", "Pick an existing library article.");
    public static readonly DiagnosticCode LibraryArticleUnpublished = new("CK0402", Severity.Error, "A clinic article picks an unpublished library article", "Publish the library article, or pick another.");
    public static readonly DiagnosticCode DoiMalformed = new("CK0403", Severity.Error, "A citation's DOI is malformed", "A DOI looks like 10.1176/appi.ajp.2018.18070834 (no https://doi.org/ prefix).");
    public static readonly DiagnosticCode PmidMalformed = new("CK0404", Severity.Error, "A citation's PMID is malformed", "A PMID is 1 to 8 digits, for example 30922101.");
    public static readonly DiagnosticCode UnknownToken = new("CK0405", Severity.Error, "Text uses a clinic token ClinicKit does not know", "Use one of {{clinic.name}}, {{clinic.phone}}, {{clinic.city}}, {{clinic.email}}, {{clinic.bookingUrl}}.");
    public static readonly DiagnosticCode CitationIncomplete = new("CK0406", Severity.Error, "A citation lacks what a reader needs to check it", "Give the citation a title, authors or publisher, a year, and a DOI, PMID or URL.");
    public static readonly DiagnosticCode ClinicWithoutDomain = new("CK0407", Severity.Warning, "A clinic site has no domain", "Add a domain in Domains/ so the head can find the clinic by host name.");
    public static readonly DiagnosticCode DomainNotClinic = new("CK0408", Severity.Error, "A domain points at a node that is not a clinic site", "Point the domain at a clinic site (clinicKitClinicSite) root.");

    // CK0410-CK0419: the pages patients look for (treatment, contact, legal) and the main navigation
    public static readonly DiagnosticCode OpeningHoursMissing = new("CK0410", Severity.Warning, "A contact page has no opening hours", "Add at least one row of opening hours (days, opens, closes) so patients know when to call or visit.");
    public static readonly DiagnosticCode OpeningHoursInvalid = new("CK0411", Severity.Error, "An opening hours row has no days, or times that are not HH:mm, or closes before it opens", "Pick the days, and write 24-hour times such as 09:00 and 17:30, with the closing time after the opening time.");
    public static readonly DiagnosticCode MapLinkInvalid = new("CK0412", Severity.Error, "A contact page's map link is not an https:// address", "Paste the plain https:// link a map site gives for the address (the page links to it and embeds nothing).");
    public static readonly DiagnosticCode PageUrlTaken = new("CK0413", Severity.Error, "A page's URL is taken by another page of the clinic or by the head", "Rename the page: two pages of one clinic cannot share a URL, and articles, treatments, assets, sitemap.xml, robots.txt, clinic.css and 404.html are the head's own.");
    public static readonly DiagnosticCode NavigationPageUnpublished = new("CK0414", Severity.Warning, "A page marked for the main navigation is not published", "Publish the page, or turn off 'Show in main navigation'; until then the navigation leaves it out.");
    public static readonly DiagnosticCode NavigationTooLong = new("CK0415", Severity.Warning, "The main navigation will not fit on a phone", "Keep the main navigation to 6 pages with labels of up to 24 characters; set a short Navigation label, or turn off 'Show in main navigation' on some pages.");
    public static readonly DiagnosticCode PagePlainTextClaim = new("CK0416", Severity.Warning, "A page's plain text reads like a medical statement", "Move the statement into a claim block (treatment pages) that cites its sources, or reword it as practical information.");

    // CK0420-CK0429: reviewers (the people library)
    public static readonly DiagnosticCode ReviewerMissing = new("CK0420", Severity.Error, "The reviewer pick does not resolve to a published reviewer", "Pick a published reviewer from the people library in Reviewed by (Medical review tab).");

    // CK05xx: media (images picked on clinic sites and articles)
    public static readonly DiagnosticCode MediaMissing = new("CK0501", Severity.Error, "A media picker picks a media item that does not exist", "Pick an existing image, or add its file to Media/ (uSync exports each media item there).");
    public static readonly DiagnosticCode ImageAltTextMissing = new("CK0502", Severity.Warning, "An image has no alt text", "Describe what the image shows in its Alt Text (media section), so screen readers and search engines can use it.");
    public static readonly DiagnosticCode MediaPropertyNotOnType = new("CK0503", Severity.Error, "A media item sets a property its media type does not have", "Add the property to the media type and ship its file in MediaTypes/ (uSync drops values of properties the type lacks), or remove the value.");
    public static readonly DiagnosticCode ImageAltTextTooLong = new("CK0504", Severity.Warning, "An image's alt text is too long", "Keep the alt text to what the image shows, in a sentence or two (up to 250 characters); put anything longer in the page's text.");

    public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .Select(f => (DiagnosticCode)f.GetValue(null)!)
        .OrderBy(c => c.Code, StringComparer.Ordinal)
        .ToList();
}
