using System.Text.RegularExpressions;

namespace LegalSearch.Web.Search.Translation;

/// <summary>
/// One Apertium language pair's pipeline, read from its <c>.mode</c> file (<c>/usr/share/apertium/modes/spa-eng.mode</c>):
/// a shell pipeline of ~10 programs. <c>$1</c> (generation) becomes <c>-g</c> (unknown words marked <c>*</c>),
/// <c>$2</c> (tagger options) nothing, and every program gets <c>-z</c> (null flush) so one long-lived pipeline
/// answers each text terminated by <c>\0</c> at once instead of at end of input.
/// </summary>
public sealed partial record ApertiumMode(string Pair, string Command)
{
    public static ApertiumMode? Load(string modesFolder, string pair)
    {
        var file = Path.Combine(modesFolder, pair + ".mode");
        if (!File.Exists(file)) return null;
        var pipeline = File.ReadAllText(file).Trim().Replace("$1", "-g", StringComparison.Ordinal).Replace("$2", "", StringComparison.Ordinal);
        var programs = pipeline.Split('|').Select(stage => NullFlush(stage.Trim()));
        return new ApertiumMode(pair, string.Join(" | ", programs));
    }

    /// <summary>"lt-proc -b 'x.bin'" → "lt-proc -z -b 'x.bin'".</summary>
    private static string NullFlush(string stage) => ProgramName().Replace(stage, "$1 -z", 1);

    [GeneratedRegex(@"^(\S+)")]
    private static partial Regex ProgramName();
}
