using System.Runtime.InteropServices;

namespace LegalSearch.Bench.Reporting;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime CLOCK_THREAD_CPUTIME_ID, nanosecond resolution): on a
/// machine shared with other jobs, wall time also counts the time the thread waited for a core; CPU time counts only
/// the work, so it compares engines and builds better.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>CPU time of this thread so far, in milliseconds; NaN where unavailable.</summary>
    public static double Milliseconds() => Available && TryRead(out var ms) ? ms : double.NaN;

    private static bool TryRead(out double milliseconds)
    {
        var time = new long[2];
        var ok = ClockGetTime(ClockThreadCpuTime, time) == 0;
        milliseconds = ok ? time[0] * 1000.0 + time[1] / 1_000_000.0 : 0;
        return ok;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, [Out] long[] time);
}
