#!/usr/bin/env bash
# Make sure Debian's chromium is installed for the browser tests (tests/browser).
#
#   .ci/chromium.sh            # installs the `chromium` package when /usr/bin/chromium is missing
#
# Idempotent: with chromium present it only prints the version. Playwright drives this
# system browser (executable_path); no browser is ever downloaded (`playwright install`
# is never run). SITREP_CHROMIUM points the tests at another executable.
set -euo pipefail

CHROMIUM=${SITREP_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
    if [ "$CHROMIUM" != /usr/bin/chromium ]; then
        echo "ci: SITREP_CHROMIUM=$CHROMIUM is not an executable" >&2
        exit 1
    fi
    echo "ci: installing Debian's chromium package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        chromium fonts-dejavu-core >/dev/null
fi
# Debian's wrapper script complains on stderr about its memory check; the version is on stdout.
echo "ci: $("$CHROMIUM" --version 2>/dev/null | head -1) at $CHROMIUM"
