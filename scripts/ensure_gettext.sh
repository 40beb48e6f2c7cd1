#!/usr/bin/env bash
# The catalogue test extracts strings with GNU gettext (xgettext), as makemessages does.
set -euo pipefail
if command -v xgettext >/dev/null && command -v msgfmt >/dev/null; then exit 0; fi
echo "GNU gettext fehlt – wird mit apt installiert …" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq gettext >/dev/null
