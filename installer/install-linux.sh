#!/bin/sh
# Install the built bundle (dist/bizcenter) on a Linux counter PC:
#   sudo installer/install-linux.sh [PREFIX]      (default PREFIX: /opt/bizcenter)
# DESTDIR=/tmp/root puts everything under that folder instead of / (for packaging or a dry run).
# Copies the folder, links `bizcenter` and `bizcenter-app` into /usr/local/bin, installs the menu
# entry and the icon. Data, settings and backups stay in each user's own folders (platformdirs).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-/opt/bizcenter}
bundle="$here/dist/bizcenter"
[ -x "$bundle/bizcenter-app" ] || { echo "no bundle at $bundle: run 'make installer' first" >&2; exit 1; }
root=${DESTDIR:-}
mkdir -p "$root$prefix" "$root/usr/local/bin" "$root/usr/share/applications"
cp -a "$bundle/." "$root$prefix/"
ln -sf "$prefix/bizcenter-app" "$root/usr/local/bin/bizcenter-app"
ln -sf "$prefix/bizcenter" "$root/usr/local/bin/bizcenter"
install -D -m 644 "$here/resources/icons/bizcenter.svg" "$root/usr/share/icons/hicolor/scalable/apps/bizcenter.svg"
install -D -m 644 "$here/resources/icons/bizcenter-256.png" "$root/usr/share/icons/hicolor/256x256/apps/bizcenter.png"
sed "s|^Exec=.*|Exec=$prefix/bizcenter-app|" "$here/installer/bizcenter.desktop" > "$root/usr/share/applications/bizcenter.desktop"
if [ -z "$root" ] && command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
echo "installed in $root$prefix; start it from the menu (Business Centre / 商务中心收银) or with bizcenter-app"
