"""Writes the app's Content-Security-Policy into DIR/csp.txt and DIR/_headers.

Trunk puts an inline start script into index.html that names the hashed files, so the
policy carries that script's sha256, which changes with every build. Run after the build:
    python3 scripts/write-csp.py DIR [FRAME_ANCESTORS]
"""
import base64
import hashlib
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1])
ancestors = sys.argv[2] if len(sys.argv) > 2 else "*"
html = (out / "index.html").read_text(encoding="utf-8")
inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
    for s in inline
)
csp = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' %s; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors %s"
) % (hashes, ancestors)
(out / "csp.txt").write_text(csp + "\n", encoding="utf-8")
headers = out / "_headers"
if headers.exists():
    text = headers.read_text(encoding="utf-8")
    if "Content-Security-Policy" not in text:
        text = text.replace("/*\n", "/*\n  Content-Security-Policy: %s\n" % csp, 1)
        headers.write_text(text, encoding="utf-8")
