namespace ClinicKit.Web.Tests.DeliveryApi.Fake;

/// <summary>The <c>expand</c> and <c>fields</c> rules of Umbraco 17's Delivery API v2, ported from
/// <c>src/Umbraco.Cms.Api.Delivery/Rendering/RequestContextOutputExpansionStrategyV2.cs</c> (umbraco/Umbraco-CMS).</summary>
/// <remarks>
/// Both parameters are trees such as <c>properties[article[properties[body[properties[citations]]]]]</c>. Mapping a content
/// item's properties pushes, per property, the matching sub-tree; a picked item below the top is given properties only when
/// the expand tree reaches it. Block elements always get their properties (the strategy's <c>forceExpandProperties</c>),
/// and the expand tree then applies to the pickers inside them. <c>fields</c> limits which properties are included.
/// </remarks>
public sealed class OutputExpansion
{
    private const string All = "$all";
    private readonly Stack<Node?> _expand = new();
    private readonly Stack<Node?> _include = new();

    public OutputExpansion(string? expand, string? fields)
    {
        _expand.Push(Node.Parse(expand ?? ""));
        _include.Push(Node.Parse(fields ?? All));
    }

    /// <summary>Maps properties the way <c>MapProperties</c> does; <paramref name="render"/> gets whether the property is
    /// being expanded.</summary>
    public Dictionary<string, object?>? MapProperties(IEnumerable<string> aliases, Func<string, bool, object?> render, bool forceExpand = false)
    {
        var currentExpand = _expand.Peek();
        if (_expand.Count > 1 && currentExpand is null && !forceExpand)
        {
            return [];
        }

        var currentInclude = _include.Peek();
        var result = new Dictionary<string, object?>();
        foreach (var alias in aliases)
        {
            var nextInclude = Next(currentInclude, alias);
            if (currentInclude is not null && currentInclude.Items.Count > 0 && nextInclude is null)
            {
                continue;
            }

            _include.Push(nextInclude);
            _expand.Push(Next(currentExpand, alias));
            result[alias] = render(alias, _expand.Peek() is not null);
            _expand.Pop();
            _include.Pop();
        }

        return result;
    }

    private static Node? Next(Node? current, string alias) =>
        current?.Items.FirstOrDefault(i => i.Key == All)
        ?? current?.Items.FirstOrDefault(i => i.Key == "properties")?.Items.FirstOrDefault(i => i.Key == All || i.Key == alias);

    private sealed class Node
    {
        public string Key { get; set; } = "";

        public List<Node> Items { get; } = [];

        public static Node Parse(string value)
        {
            if (value.Count(c => c == '[') != value.Count(c => c == ']') || value.StartsWith('[') || value.Contains("[]", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{value}' is not a valid expand/fields value");
            }

            var stack = new Stack<Node>();
            var root = new Node { Key = "root" };
            stack.Push(root);
            var current = new Node();
            root.Items.Add(current);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '[':
                        stack.Push(current);
                        current = new Node();
                        stack.Peek().Items.Add(current);
                        break;
                    case ',':
                        current = new Node();
                        stack.Peek().Items.Add(current);
                        break;
                    case ']':
                        current = stack.Pop();
                        break;
                    default:
                        current.Key += c;
                        break;
                }
            }

            return root;
        }
    }
}
