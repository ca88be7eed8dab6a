using Microsoft.Extensions.Options;

namespace Progeny.Sdk.Internal;

/// <summary>Checks <see cref="ProgenyClientOptions"/> before any request: credentials present, https unless loopback, sane limits.</summary>
internal sealed class ProgenyClientOptionsValidator : IValidateOptions<ProgenyClientOptions>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, ProgenyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Validates and returns a copy, so that later changes to <paramref name="options"/> do not affect a running client.</summary>
    public static ProgenyClientOptions ValidatedCopy(ProgenyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ProgenyClientOptions), failures);
        }

        var copy = new ProgenyClientOptions
        {
            BaseAddress = options.BaseAddress,
            Username = options.Username,
            Password = options.Password,
            PollingTimeout = options.PollingTimeout,
            MaxImageBytes = options.MaxImageBytes,
            RequestTimeout = options.RequestTimeout,
            UploadTimeout = options.UploadTimeout,
            AuthenticatePortraitDownloads = options.AuthenticatePortraitDownloads,
        };
        copy.PortraitHosts.Clear();
        foreach (var host in options.PortraitHosts.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            copy.PortraitHosts.Add(host);
        }

        return copy;
    }

    private static IEnumerable<string> Failures(ProgenyClientOptions options)
    {
        if (options.BaseAddress is not { IsAbsoluteUri: true } address)
        {
            yield return "ProgenyClientOptions.BaseAddress must be an absolute URI.";
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            yield return "ProgenyClientOptions.BaseAddress must use https (plain http is accepted for loopback hosts only).";
        }
        else if (address.UserInfo.Length > 0 || address.Query.Length > 0 || address.Fragment.Length > 0)
        {
            yield return "ProgenyClientOptions.BaseAddress must not hold user information, a query string or a fragment: requests would drop them.";
        }

        if (string.IsNullOrWhiteSpace(options.Username))
        {
            yield return "ProgenyClientOptions.Username is required.";
        }

        if (string.IsNullOrEmpty(options.Password))
        {
            yield return "ProgenyClientOptions.Password is required.";
        }

        foreach (var (name, value) in new[]
        {
            (nameof(options.PollingTimeout), options.PollingTimeout),
            (nameof(options.RequestTimeout), options.RequestTimeout),
            (nameof(options.UploadTimeout), options.UploadTimeout),
        })
        {
            if (value < MinTimeout || value > MaxTimeout)
            {
                yield return $"ProgenyClientOptions.{name} must be between 10 milliseconds and one day.";
            }
        }

        if (options.PortraitHosts is null || options.PortraitHosts.Any(host => Uri.CheckHostName(host) == UriHostNameType.Unknown))
        {
            yield return "ProgenyClientOptions.PortraitHosts must hold host names only, e.g. media.example.com.";
        }

        if (options.MaxImageBytes is <= 0 or > ProgenyClientOptions.MaxImageBytesLimit)
        {
            yield return "ProgenyClientOptions.MaxImageBytes must be between 1 byte and 100 MiB.";
        }
    }
}
