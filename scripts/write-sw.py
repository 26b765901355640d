"""Fills in the offline worker of a build: DIR/sw.js gets this build's precache list and
build id, DIR/sw-register.js whether the worker is on.

Run after the build (the trunk post-build hook does):
    python3 scripts/write-sw.py DIR [on|off]
The mode defaults to the environment variable STEUNWIJZER_SERVICE_WORKER ("on"/"off"); unset,
release builds get the worker and debug builds (trunk serve) do not. "off" ships a worker that removes its caches and itself, and a loader that registers
nothing: see docs/hosting.md.

The precache list is index.html and every local file index.html names (the hashed app
files, the loader, the manifest) plus the manifest's icons, the deferred part of a split
wasm (`*_deferred.wasm`, which the JS glue names, not index.html) and the language files
(texts/*.ftl: the engine's and the app's own words, <lang>.web.ftl); never .gz/.br copies. The build
id is a hash of those files' bytes, so it changes exactly when the app does.
"""
import hashlib
import json
import os
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1])
debug = os.environ.get("TRUNK_PROFILE") == "debug"
mode = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("STEUNWIJZER_SERVICE_WORKER", "off" if debug else "on")
enabled = mode.strip().lower() != "off"

sw_path = out / "sw.js"
register_path = out / "sw-register.js"
if not sw_path.exists() or not register_path.exists():
    sys.exit("write-sw.py: %s has no sw.js or sw-register.js" % out)


def local_file(ref):
    """The dist-relative path of a reference, or None when it is not a file of the build."""
    ref = ref.split("#")[0].split("?")[0]
    if not ref or re.match(r"^[a-z][a-z0-9+.-]*:|^//", ref, re.I) or ref.startswith("/"):
        return None
    rel = ref[2:] if ref.startswith("./") else ref
    if rel.endswith((".gz", ".br")) or not (out / rel).is_file():
        return None
    return rel


html = (out / "index.html").read_text(encoding="utf-8")
files = {"index.html"}
# Attributes, quoted or not (trunk's minifier drops quotes), and the module and wasm paths
# in trunk's inline start script.
refs = re.findall(r"""(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", html)
refs = [a or b or c for a, b, c in refs]
refs += re.findall(r"""["'](\./[^"'\s]+\.(?:js|wasm))["']""", html)
for ref in refs:
    rel = local_file(ref)
    if rel:
        files.add(rel)
for rel in list(files):
    if rel.endswith(".webmanifest"):
        manifest = json.loads((out / rel).read_text(encoding="utf-8"))
        base = os.path.dirname(rel)
        for icon in manifest.get("icons", []):
            found = local_file(os.path.join(base, icon.get("src", "")) if base else icon.get("src", ""))
            if found:
                files.add(found)

# The deferred part of the app's wasm (scripts/split-wasm.mjs), which the JS glue names.
files.update(f.name for f in out.glob("*_deferred.wasm"))

# The language files the app fetches when a visitor switches language (texts/: the
# engine's and the app's own words), so a switch works offline too.
texts = out / "texts"
if texts.is_dir():
    files.update("texts/" + f.name for f in texts.iterdir() if f.suffix == ".ftl")

files = sorted(files)
digest = hashlib.sha256()
for rel in files:
    digest.update(rel.encode())
    digest.update((out / rel).read_bytes())
build = digest.hexdigest()[:16]

sw = sw_path.read_text(encoding="utf-8")
sw = re.sub(r'^const BUILD = .*;$', "const BUILD = %s;" % json.dumps(build), sw, count=1, flags=re.M)
sw = re.sub(r"^const ENABLED = .*;$", "const ENABLED = %s;" % ("true" if enabled else "false"), sw, count=1, flags=re.M)
sw = re.sub(r"^const FILES = .*;$", "const FILES = %s;" % json.dumps(files if enabled else []), sw, count=1, flags=re.M)
sw_path.write_text(sw, encoding="utf-8")

register = register_path.read_text(encoding="utf-8")
register = re.sub(r"^  var ENABLED = .*;$", "  var ENABLED = %s;" % ("true" if enabled else "false"), register, count=1, flags=re.M)
register_path.write_text(register, encoding="utf-8")

print("service worker %s: build %s, %d files precached" % ("on" if enabled else "off", build, len(files) if enabled else 0))
