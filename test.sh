#!/usr/bin/env bash
# Runs every test of the solution: `dotnet test` (restore included), with any arguments passed on to it.
#
# The ASP.NET Core sample's browser tests drive a real headless Chromium through Playwright (whose driver ships in
# its NuGet package; no browser is downloaded). When no browser is found (CHROMIUM_PATH, /usr/bin/chromium,
# /usr/bin/google-chrome), this script installs Debian's `chromium` package with apt-get, which needs root. Without
# root, install it once yourself (`sudo apt-get install chromium`) or set CHROMIUM_PATH, then run this script or
# plain `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

has_browser() {
    if [ -n "${CHROMIUM_PATH:-}" ]; then
        [ -x "$CHROMIUM_PATH" ]
    else
        [ -x /usr/bin/chromium ] || [ -x /usr/bin/google-chrome ]
    fi
}

if ! has_browser; then
    if [ -n "${CHROMIUM_PATH:-}" ]; then
        echo "test.sh: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file: the browser tests need a Chromium or Chrome binary" >&2
        exit 1
    fi
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        echo "test.sh: no Chromium found for the ASP.NET Core sample's browser tests, and installing one needs root and apt-get." >&2
        echo "test.sh: install it once (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary, then run again." >&2
        exit 1
    fi
    echo "test.sh: installing Debian's chromium package (apt-get) for the ASP.NET Core sample's browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    echo "test.sh: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
fi

# A test that hangs fails the run after 10 minutes and is named in the output, instead of holding CI until its limit.
exec dotnet test --blame-hang-timeout 10m --blame-hang-dump-type none "$@"
