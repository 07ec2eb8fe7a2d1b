using Cronos;

namespace LegalSearch.Web.Reindexing;

/// <summary>`Reindex:Schedule` — a cron expression (UTC; 5 fields, or 6 with seconds first); no schedule when empty.</summary>
public sealed class ReindexOptions
{
    public const string Section = "Reindex";

    public string? Schedule { get; set; }

    /// <summary>The parsed schedule, or null when none is configured; throws <see cref="CronFormatException"/> on a bad one.</summary>
    public CronExpression? Cron() =>
        string.IsNullOrWhiteSpace(Schedule) ? null
        : CronExpression.Parse(Schedule, Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

    public static bool IsValid(ReindexOptions options)
    {
        try
        {
            options.Cron();
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }
}

/// <summary>
/// `Admin:Token` (or `Admin:TokenFile`, a file holding it, so the token need not appear in a command line or in
/// `ps`; environment variable `Admin__Token` works too). Without a token the admin endpoints do not exist.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string? Token { get; set; }

    public string? TokenFile { get; set; }

    /// <summary>The configured token (the file's first line when a file is given), or null when there is none.</summary>
    public string? EffectiveToken()
    {
        var token = !string.IsNullOrWhiteSpace(TokenFile) ? File.ReadLines(TokenFile).FirstOrDefault() : Token;
        return string.IsNullOrWhiteSpace(token) ? null : token.Trim();
    }
}
