"""Where the bytes of a wasm file go: code by crate and by function, data by segment,
each also as gzip -9 bytes of that part alone (a rough share: gzip of the parts does not
add up to gzip of the whole). Needs a build that keeps function names (the `name`
section): `bash scripts/size-report.sh --attribute` makes one.

    python3 scripts/wasm-attribution.py FILE.wasm [TOP_N]
"""
import collections
import gzip
import re
import sys


def leb(buf, i):
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def sections(buf):
    assert buf[:4] == b"\0asm", "not a wasm file"
    i = 8
    while i < len(buf):
        sid = buf[i]
        size, j = leb(buf, i + 1)
        yield sid, buf[j : j + size], j
        i = j + size


def names(payload):
    """Function names from the `name` custom section."""
    out = {}
    n, i = leb(payload, 0)
    i += n  # the custom section's name, "name"
    while i < len(payload):
        kind = payload[i]
        size, i = leb(payload, i + 1)
        end = i + size
        if kind == 1:
            count, i = leb(payload, i)
            for _ in range(count):
                idx, i = leb(payload, i)
                ln, i = leb(payload, i)
                out[idx] = payload[i : i + ln].decode("utf-8", "replace")
                i += ln
        i = end
    return out


def crate_of(name):
    """The crate a function belongs to, from its demangled path."""
    n = re.sub(r"::h[0-9a-f]{16}$", "", name)
    # `<a::B as c::D>::f` and `<a::B>::f` belong to the implementing type's crate, except
    # for generic glue such as core::ptr::drop_in_place<a::B>.
    m = re.match(r"^<+&?(?:mut )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)::", n)
    if m:
        return m.group(1)
    m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)::", n)
    if m:
        crate = m.group(1)
        if crate in ("core", "alloc", "std"):
            inner = re.search(r"<([a-z_][a-z0-9_]*)::", n)
            if inner and inner.group(1) not in ("core", "alloc", "std"):
                return crate + " (for " + inner.group(1) + ")"
        return crate
    return "(other: " + n.split("(")[0][:24] + ")" if n else "(unnamed)"


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    buf = open(path, "rb").read()
    imported = 0
    bodies = []
    fnames = {}
    data = []
    by_section = collections.Counter()
    for sid, payload, _ in sections(buf):
        by_section[sid] += len(payload)
        if sid == 2:  # imports: count imported functions (they shift the indices)
            count, i = leb(payload, 0)
            for _ in range(count):
                for _ in range(2):
                    ln, i = leb(payload, i)
                    i += ln
                kind = payload[i]
                i += 1
                if kind == 0:
                    _, i = leb(payload, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(payload, i)
                    _, i = leb(payload, i)
                    if flags & 1:
                        _, i = leb(payload, i)
                elif kind == 2:
                    flags, i = leb(payload, i)
                    _, i = leb(payload, i)
                    if flags & 1:
                        _, i = leb(payload, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:
            count, i = leb(payload, 0)
            for _ in range(count):
                size, i = leb(payload, i)
                bodies.append(payload[i : i + size])
                i += size
        elif sid == 11:
            count, i = leb(payload, 0)
            for _ in range(count):
                flag, i = leb(payload, i)
                if flag == 0:
                    while payload[i] != 0x0B:
                        i += 1
                    i += 1
                elif flag == 2:
                    _, i = leb(payload, i)
                    while payload[i] != 0x0B:
                        i += 1
                    i += 1
                size, i = leb(payload, i)
                data.append(payload[i : i + size])
                i += size
        elif sid == 0:
            ln, j = leb(payload, 0)
            if payload[j : j + ln] == b"name":
                fnames = names(payload)
    gz = lambda b: len(gzip.compress(b, 9))
    code = sum(len(b) for b in bodies)
    total_data = sum(len(d) for d in data)
    print(f"{path}: {len(buf)} B, gzip {gz(buf)} B")
    print(f"  code {code} B in {len(bodies)} functions (gzip alone {gz(b''.join(bodies))} B)")
    print(f"  data {total_data} B in {len(data)} segments (gzip alone {gz(b''.join(data))} B)")
    if not fnames:
        print("  no name section: build with names to attribute the code")
        return
    crates = collections.defaultdict(list)
    for k, body in enumerate(bodies):
        name = fnames.get(imported + k, "")
        crates[crate_of(name)].append(body)
    print(f"\n  code by crate (raw B, gzip B of the crate's functions alone, functions)")
    rows = sorted(crates.items(), key=lambda kv: -sum(len(b) for b in kv[1]))
    for crate, bs in rows[:top]:
        print(f"  {crate[:56]:56} {sum(len(b) for b in bs):8} {gz(b''.join(bs)):8} {len(bs):6}")
    # Areas: a reading of the crates for people (closures of the framework that the
    # compiler filled with the engine are shown apart: their size is the engine's).
    areas = collections.defaultdict(list)
    for k, body in enumerate(bodies):
        name = fnames.get(imported + k, "")
        crate = crate_of(name)
        if "ArcMemo<T>::new_with_compare::{{closure}}" in name and len(body) > 8000:
            area = "engine inlined into the app's memos (evaluate, parse, context)"
        elif re.match(r"(tachys|reactive_graph|leptos|either_of|slotmap|any_spawner|or_poisoned|throw_error|guardian)", crate) or "tachys::" in name or "reactive_graph::" in name:
            area = "Leptos: rendering and reactivity (with the app's views inlined)"
        elif crate.startswith("steunwijzer_web") or crate.endswith("(for steunwijzer_web)"):
            area = "the web app's own functions"
        elif crate.startswith("eligibility") or crate.endswith("(for eligibility)"):
            area = "engine: eligibility"
        elif re.match(r"(serde|serde_core|serde_json|zmij|itoa|ryu|indexmap|hashbrown)", crate) or "serde" in crate:
            area = "JSON: serde, serde_json, indexmap"
        elif crate.startswith("rust_decimal"):
            area = "rust_decimal"
        elif re.match(r"(wasm_bindgen|js_sys|web_sys)", crate):
            area = "wasm-bindgen, js-sys, web-sys glue"
        elif "dlmalloc" in name:
            area = "allocator (dlmalloc)"
        else:
            area = "Rust core/alloc/std (fmt, collections, sort, unicode, panics) and other"
        areas[area].append(body)
    text_parts, bin_parts = [], []
    for d in data:
        for part in re.split(rb"([\x20-\x7e\n\x80-\xff]{8,})", d):
            (text_parts if len(part) >= 8 and re.fullmatch(rb"[\x20-\x7e\n\x80-\xff]+", part) else bin_parts).append(part)
    print(f"\n  areas (raw B, gzip B of that part alone)")
    for area, bs in sorted(areas.items(), key=lambda kv: -sum(len(b) for b in kv[1])):
        print(f"  {area[:72]:72} {sum(len(b) for b in bs):8} {gz(b''.join(bs)):8}")
    print(f"  {'data: text (UI, engine and context texts in every language, ids)':72} {sum(map(len, text_parts)):8} {gz(b''.join(text_parts)):8}")
    print(f"  {'data: tables (string and vtable pointers, unicode and number tables)':72} {sum(map(len, bin_parts)):8} {gz(b''.join(bin_parts)):8}")

    print(f"\n  largest functions (raw B)")
    funcs = sorted(
        ((len(b), fnames.get(imported + k, "?")) for k, b in enumerate(bodies)), reverse=True
    )
    for size, name in funcs[:top]:
        print(f"  {size:8}  {re.sub(r'::h[0-9a-f]{16}$', '', name)[:150]}")


main()
