namespace LegalSearch.Indexer.Cli;

/// <summary>Parsed command line: the command, its positional inputs and its --options.</summary>
/// <param name="Repeated">Every --option value in order, for options given more than once (--seed).</param>
public sealed record CliArguments(
    string Command,
    IReadOnlyList<string> Inputs,
    IReadOnlyDictionary<string, string?> Options,
    IReadOnlyList<KeyValuePair<string, string>> Repeated)
{
    private static readonly HashSet<string> Flags = ["--no-ocr", "--quiet", "--rebuild"];

    public static CliArguments Parse(string[] args)
    {
        if (args.Length == 0) throw new UsageException("no command given");
        var inputs = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var repeated = new List<KeyValuePair<string, string>>();
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                inputs.Add(arg);
                continue;
            }
            if (Flags.Contains(arg))
            {
                options[arg] = null;
                continue;
            }
            if (i + 1 >= args.Length) throw new UsageException($"option {arg} needs a value");
            options[arg] = args[++i];
            repeated.Add(new(arg, args[i]));
        }
        return new CliArguments(args[0], inputs, options, repeated);
    }

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>All values of an option that may be repeated, in the order given.</summary>
    public IEnumerable<string> Values(string name) => Repeated.Where(kv => kv.Key == name).Select(kv => kv.Value);

    public bool Flag(string name) => Options.ContainsKey(name);
}

public sealed class UsageException(string message) : Exception(message);
