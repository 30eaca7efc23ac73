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

relata_build() {
    cmake -S "$RELATA_ROOT" -B "$RELATA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${RELATA_BUILD_TYPE:-RelWithDebInfo}" "$@"
    cmake --build "$RELATA_BUILD" -j "$(nproc)"
}
