#!/usr/bin/env bash
# Installs what the integration tests and `npm start` need to run the extension in a real
# VS Code without downloading one: Debian's chromium, and code-server 4.100.3 (VS Code 1.100.3
# server + web workbench) pinned in tools/code-server. Only the npm registry and Debian apt are used.
# Idempotent: a second run with nothing to do takes about a second.
#   --without-chromium   skip chromium (for `npm start`, which the user opens in their own browser)
set -euo pipefail
with_chromium=1
for arg in "$@"; do
  case $arg in
    --without-chromium) with_chromium=0 ;;
    *) echo "[setup-code-server] unknown argument: $arg" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
CS_DIR=tools/code-server
CS_PKG=$CS_DIR/node_modules/code-server

log() { echo "[setup-code-server] $*"; }

# 1. Debian packages.
#    chromium     opens the web workbench headless (playwright-core drives it; no Xvfb)
#    libkrb5-dev  gssapi.h, to compile code-server's native `kerberos` module
#    ripgrep      Debian's rg, fed to @vscode/ripgrep below instead of its GitHub download
#    build tools  node-gyp compiles the native modules from source (their prebuilt downloads fail offline)
missing=()
[ "$with_chromium" = 0 ] || command -v chromium >/dev/null || missing+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
command -v rg >/dev/null || missing+=(ripgrep)
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "[setup-code-server] please install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Seed @vscode/ripgrep's download cache with Debian's rg, so its postinstall finds a
#    "cached download" and never goes to GitHub. The version pair is the one code-server
#    4.100.3's lib/vscode/npm-shrinkwrap.json pins (@vscode/ripgrep 1.15.11 -> ripgrep v13.0.0-10);
#    step 3 checks that the binary really landed, so a changed pin fails loudly here.
RG_PKG_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
tmp_root=$(node -p 'require("os").tmpdir()')
rg_cache="$tmp_root/vscode-ripgrep-cache-$RG_PKG_VERSION"
if [ ! -s "$rg_cache/$RG_ASSET" ]; then
  log "seeding $rg_cache/$RG_ASSET with $(command -v rg)"
  staging=$(mktemp -d)
  cp "$(command -v rg)" "$staging/rg"
  mkdir -p "$rg_cache"
  tar czf "$rg_cache/$RG_ASSET" -C "$staging" rg
  rm -rf "$staging"
fi

# 3. code-server itself. The stamp records what was installed (lockfile + node version), so an
#    unchanged tree is not reinstalled and a changed lockfile or Node is.
stamp_file=$CS_DIR/node_modules/.transcript-review-setup
want_stamp="$(sha256sum "$CS_DIR/package-lock.json" | cut -d' ' -f1) node-$(node -v)"
if [ "$(cat "$stamp_file" 2>/dev/null)" != "$want_stamp" ]; then
  log "npm ci in $CS_DIR (compiles native modules; about 1-2 minutes cold)"
  started=$SECONDS
  # npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
  # npm_config_yes:         node-pty's install runs `npx node-gyp`, which must not prompt.
  # Install scripts are needed: code-server's postinstall runs `npm install` in lib/vscode and
  # lib/vscode/extensions, which builds node-pty, spdlog, kerberos, @parcel/watcher, ...
  # tools/code-server/package.json approves the top-level ones in `allowScripts`; npm 11 only
  # warns (and still runs them) for the nested installs' unreviewed scripts.
  ( cd "$CS_DIR" &&
    npm_config_unsafe_perm=true npm_config_yes=true npm_config_ignore_scripts=false \
      npm ci --no-audit --no-fund --loglevel=error --foreground-scripts=false ) \
    > "$tmp_root/setup-code-server.log" 2>&1 || {
      tail -60 "$tmp_root/setup-code-server.log" >&2
      echo "[setup-code-server] npm ci failed; full log: $tmp_root/setup-code-server.log" >&2
      exit 1
    }
  log "npm ci took $((SECONDS - started))s"
  echo "$want_stamp" > "$stamp_file"
fi

# 4. Check that the parts the extension host needs were really built, not skipped.
need_files=(
  "$CS_PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  "$CS_PKG/lib/vscode/node_modules/node-pty/build/Release/pty.node"
  "$CS_PKG/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
  "$CS_PKG/lib/vscode/node_modules/kerberos/build/Release/kerberos.node"
  "$CS_PKG/lib/vscode/node_modules/native-watchdog/build/Release/watchdog.node"
  "$CS_DIR/node_modules/argon2/lib/binding/napi-v3/argon2.node"
  "$CS_PKG/lib/vscode/node_modules.asar"
  "$CS_PKG/lib/vscode/extensions/node_modules"
)
for f in "${need_files[@]}"; do
  if [ ! -e "$f" ]; then
    rm -f "$stamp_file"
    echo "[setup-code-server] missing after install: $f (install scripts skipped or failed?)" >&2
    exit 1
  fi
done
# --version writes a default config file: give it a throwaway home.
scratch=$(mktemp -d)
cs_version=$(HOME=$scratch XDG_CONFIG_HOME=$scratch XDG_DATA_HOME=$scratch \
  node "$CS_PKG/out/node/entry.js" --version 2>/dev/null | tail -1)
rm -rf "$scratch"
log "ready: code-server $cs_version; $(chromium --version 2>/dev/null | head -1 || echo no chromium)"
