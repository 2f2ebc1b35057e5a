"""Fill unfinished messages of a Qt .ts file from a table of translations.

    .venv/bin/python tools/ts_fill.py resources/i18n/tankapp_da.ts new.json
    .venv/bin/python tools/ts_fill.py resources/i18n/tankapp_da.ts --list   # what is unfinished

new.json maps English source text to its Danish translation. Run
``make translations`` first (lupdate adds new strings as unfinished), and
again afterwards: lupdate puts the file back in its own layout (small diffs)
and lrelease compiles the .qm. Placeholders (%1, {name}) are checked.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def main(argv: list[str]) -> int:
    ts_path = argv[0]
    tree = ET.parse(ts_path)
    unfinished = [
        m for m in tree.getroot().iter("message") if m.find("translation").get("type") == "unfinished"
    ]
    if argv[1:] == ["--list"]:
        print(json.dumps({m.find("source").text: "" for m in unfinished}, ensure_ascii=False, indent=2))
        return 0
    with open(argv[1], encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    filled = 0
    for m in unfinished:
        source = m.find("source").text
        target = table.get(source)
        if not target:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(target)):
            print(f"placeholders differ, skipped: {source!r} -> {target!r}", file=sys.stderr)
            continue
        tr = m.find("translation")
        tr.text = target
        del tr.attrib["type"]
        filled += 1
    text = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as fh:  # keep the header lupdate and Linguist write
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n")
    print(f"filled {filled}, still unfinished {len(unfinished) - filled}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
