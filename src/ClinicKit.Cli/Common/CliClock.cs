using System.Globalization;

namespace ClinicKit.Cli.Common;

/// <summary>The clock commands date what they write with: <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, UTC; the
/// reproducible-builds.org convention) when it is set, so a script or test can make byte-identical files; otherwise the system clock.</summary>
public static class CliClock
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static TimeProvider FromEnvironment() =>
        long.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? new Fixed(DateTimeOffset.FromUnixTimeSeconds(seconds))
            : TimeProvider.System;

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
