using System.Runtime.InteropServices;

namespace LegalSearch.Bench.Reporting;

/// <summary>
/// CPU time of the calling thread (Linux getrusage RUSAGE_THREAD): on a machine shared with other jobs, wall time
/// also counts the time the thread waited for a core; CPU time counts only the work, so it compares engines better.
/// </summary>
internal static class ThreadCpu
{
    private const int RusageThread = 1;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>User + system CPU time of this thread so far, in milliseconds; NaN where unavailable.</summary>
    public static double Milliseconds() => Available && TryRead(out var ms) ? ms : double.NaN;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        var usage = new long[18];
        if (GetRusage(RusageThread, usage) != 0) return false;
        milliseconds = (usage[0] + usage[2]) * 1000.0 + (usage[1] + usage[3]) / 1000.0;
        return true;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, [Out] long[] usage);
}
