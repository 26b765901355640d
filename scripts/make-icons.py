"""Draws the app's icons (a signpost on the accent colour) as SVG and PNG, without any
image library: python3 scripts/make-icons.py public/icons
The PNGs fill the whole square, so they also serve as maskable icons (the signpost stays
inside the central safe zone)."""
import pathlib
import struct
import sys
import zlib

ACCENT = (0x0B, 0x5C, 0xAD)
WHITE = (0xFF, 0xFF, 0xFF)
LIGHT = (0xCF, 0xE3, 0xF7)
# Shapes in a 0..1 square, drawn in order: pole, sign pointing right, sign pointing left.
SHAPES = [
    (WHITE, [(0.46, 0.26), (0.54, 0.26), (0.54, 0.80), (0.46, 0.80)]),
    (WHITE, [(0.28, 0.24), (0.64, 0.24), (0.74, 0.33), (0.64, 0.42), (0.28, 0.42)]),
    (LIGHT, [(0.72, 0.48), (0.36, 0.48), (0.26, 0.57), (0.36, 0.66), (0.72, 0.66)]),
]


def inside(x, y, poly):
    hit = False
    j = len(poly) - 1
    for i, (xi, yi) in enumerate(poly):
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def colour_at(x, y):
    c = ACCENT
    for colour, poly in SHAPES:
        if inside(x, y, poly):
            c = colour
    return c


def png(size):
    n = 3  # supersampling per axis
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    c = colour_at((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
                    for k in range(3):
                        acc[k] += c[k]
            row += bytes(round(v / (n * n)) for v in acc)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def svg():
    hexc = lambda c: "#%02x%02x%02x" % c
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
             '<rect width="100" height="100" rx="18" fill="%s"/>' % hexc(ACCENT)]
    for colour, poly in SHAPES:
        points = " ".join("%g,%g" % (round(x * 100, 2), round(y * 100, 2)) for x, y in poly)
        parts.append('<polygon points="%s" fill="%s"/>' % (points, hexc(colour)))
    parts.append("</svg>")
    return "".join(parts) + "\n"


out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "public/icons")
out.mkdir(parents=True, exist_ok=True)
(out / "icon.svg").write_text(svg(), encoding="utf-8")
for size in (192, 512):
    (out / ("icon-%d.png" % size)).write_bytes(png(size))
