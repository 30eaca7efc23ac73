# Sourced by scripts/run and scripts/test: installs the Debian packages Relata
# needs when they are missing, then configures and builds into build/.
set -euo pipefail

RELATA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RELATA_BUILD="${RELATA_BUILD:-$RELATA_ROOT/build}"
RELATA_PACKAGES=(qt6-base-dev libqt6sql6-sqlite qt6-svg-dev qt6-l10n-tools qt6-tools-dev
    nlohmann-json3-dev libgraphviz-dev libfontconfig-dev libgl-dev libsqlite3-dev xvfb xauth ninja-build cmake g++
    pkg-config)

relata_install_packages() {
    local missing=()
    for package in "${RELATA_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "relata: missing Debian packages: ${missing[*]} (run as root to install them)" >&2
        return 1
    fi
    echo "relata: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
}

# The LoopBack 4 packages tst_lb4 type-checks the export against (Relata itself
# never needs Node), from tests/lb4/fixture's lockfile, when npm is there and
# they are not. Without install scripts: about a minute instead of several
# for building sqlite3's binding from source, which only the live conformance
# rows need (they skip without it; `npm rebuild sqlite3` there builds it).
# When npm is absent or the install fails, the tsc rows skip and this says so.
relata_install_lb4_fixture() {
    local fixture="$RELATA_ROOT/tests/lb4/fixture"
    [ -d "$fixture/node_modules" ] && return 0
    if ! command -v npm >/dev/null 2>&1; then
        echo "relata: npm not found: tst_lb4's tsc and LoopBack 4 conformance rows will skip" >&2
        return 0
    fi
    echo "relata: installing tests/lb4/fixture's LoopBack 4 packages (npm ci --ignore-scripts)" >&2
    if ! (cd "$fixture" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2); then
        rm -rf "$fixture/node_modules"
        echo "relata: npm ci failed in tests/lb4/fixture: tst_lb4's tsc and LoopBack 4 conformance rows will skip" >&2
    fi
}

relata_build() {
    cmake -S "$RELATA_ROOT" -B "$RELATA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${RELATA_BUILD_TYPE:-RelWithDebInfo}" "$@"
    cmake --build "$RELATA_BUILD" -j "$(nproc)"
}
