using System.Globalization;

namespace LegalSearch.Indexer.Fetching;

/// <summary>
/// The rules of one robots.txt (RFC 9309) for our user agent: the group naming our agent, else the "*" group;
/// the longest matching Allow/Disallow path wins, Allow on a tie; "*" and a final "$" in paths; Crawl-delay.
/// </summary>
public sealed class RobotsTxt
{
    private readonly IReadOnlyList<(bool Allow, string Pattern)> rules;

    private RobotsTxt(IReadOnlyList<(bool Allow, string Pattern)> rules, TimeSpan? crawlDelay)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsTxt AllowAll { get; } = new([], null);

    /// <summary>A robots.txt that could not be fetched because of a server error: RFC 9309 says assume nothing is allowed.</summary>
    public static RobotsTxt DisallowAll { get; } = new([(false, "/")], null);

    public TimeSpan? CrawlDelay { get; }

    public static RobotsTxt Parse(string text, string agent)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (current is null || !lastWasAgent) groups.Add(current = new Group());
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            switch (field)
            {
                case "allow" when value.Length > 0: current.Rules.Add((true, value)); break;
                case "disallow" when value.Length > 0: current.Rules.Add((false, value)); break;
                case "crawl-delay" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    break;
            }
        }
        var name = agent.ToLowerInvariant();
        var chosen = groups.FirstOrDefault(g => g.Agents.Any(a => a != "*" && name.StartsWith(a, StringComparison.Ordinal)))
            ?? groups.FirstOrDefault(g => g.Agents.Contains("*"));
        return chosen is null ? AllowAll : new RobotsTxt(chosen.Rules, chosen.CrawlDelay);
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<(bool Allow, string Pattern)> Rules { get; } = [];
        public TimeSpan? CrawlDelay { get; set; }
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        var best = (Allow: true, Length: -1);
        foreach (var (allow, pattern) in rules)
        {
            if (!Matches(pattern, path)) continue;
            if (pattern.Length > best.Length || pattern.Length == best.Length && allow) best = (allow, pattern.Length);
        }
        return best.Allow;
    }

    /// <summary>A robots.txt path pattern: a prefix, with "*" for any run of characters and a final "$" for the end.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal)) return false;
        var position = parts[0].Length;
        var middle = anchored ? parts.Length - 1 : parts.Length;
        for (var i = 1; i < middle; i++)
        {
            var found = path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0) return false;
            position = found + parts[i].Length;
        }
        if (!anchored) return true;
        if (parts.Length == 1) return path.Length == position;
        return path.Length - parts[^1].Length >= position && path.EndsWith(parts[^1], StringComparison.Ordinal);
    }
}
