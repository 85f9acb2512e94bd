#!/usr/bin/env python3
"""Writes an OFAC Enhanced XML file of about MEGABYTES MB from a smaller one, deterministically.

Usage: benchmarks/imports/extend-ofac-xml.py SOURCE.XML DEST.XML MEGABYTES

The header (publication info, reference values) is kept, then the source's <entity> elements are written again and
again until the file is big enough. Round r moves every id="", nameId="" and nameTranslationId="" of its copies by
r * OFFSET, and a relatedEntity's entityId="" too when it names an entity of the file (one it does not hold, such as
HAMAS in CONS_ENHANCED.XML, is left as it is). The whole SDN list in this format is about 100 MB.
"""
import re
import sys

OFFSET = 10_000_000
IDS = re.compile(r'\b(id|nameId|nameTranslationId)="(\d+)"')
RELATED = re.compile(r'entityId="(\d+)"')


def main():
    source, dest, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(source, encoding="utf-8") as f:
        text = f.read()
    start = text.index("<entities>") + len("<entities>")
    end = text.rindex("</entities>")
    head, entities, tail = text[:start], text[start:end], text[end:]
    own = set(re.findall(r'<entity id="(\d+)"', entities))
    target = megabytes * 1024 * 1024
    written, rounds = len(head) + len(tail), 0
    with open(dest, "w", encoding="utf-8", newline="") as out:
        out.write(head)
        while written < target:
            shift = rounds * OFFSET
            copy = entities if shift == 0 else IDS.sub(lambda m: f'{m[1]}="{int(m[2]) + shift}"', entities)
            if shift:
                copy = RELATED.sub(lambda m: f'entityId="{int(m[1]) + shift}"' if m[1] in own else m[0], copy)
            out.write(copy)
            written += len(copy)
            rounds += 1
        out.write(tail)
    print(f"{dest}: {rounds} rounds of {len(own)} entities, {rounds * len(own)} entities, {written / 1024 / 1024:.0f} MB")


if __name__ == "__main__":
    main()
