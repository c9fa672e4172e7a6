using System.Diagnostics;

namespace LogLens.Browser.Tests;

/// <summary>Runs Debian's headless Chromium (installed by .ci/run) on a local file, offline and with a throw-away profile.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    public static string SkipReason => $"{Path} not found: install Debian's chromium (apt-get install -y chromium; .ci/run does) to run the browser tests.";

    /// <summary>Opens <paramref name="file"/> with extra <paramref name="arguments"/>; returns stdout and stderr.</summary>
    public static (string Stdout, string Stderr) Open(string file, params string[] arguments)
    {
        string profile = Directory.CreateTempSubdirectory("loglens-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}", .. arguments, new Uri(file).AbsoluteUri])
            {
                start.ArgumentList.Add(a);
            }

            using Process process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 90 s");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
