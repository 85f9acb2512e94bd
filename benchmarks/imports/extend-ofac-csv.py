#!/usr/bin/env python3
"""Writes a legacy OFAC CSV publication of COUNT entries from a smaller one, deterministically.

Usage: benchmarks/imports/extend-ofac-csv.py SOURCE_FOLDER DEST_FOLDER COUNT

The rows of sdn.csv are kept, then copied from the top again until there are COUNT of them. A copy gets the entry
number of its original plus a multiple of OFFSET, and " B", " C", ... after its name, so that no two parties share a
name; its addresses, other names and comments (add.csv, alt.csv, sdn_comments.csv) are copied with it, their own
numbers moved by the same amount. "Linked To:" in a copy's remarks still names the original party. Used to time a
publication the size of 2023-12-28's (13,821 entries) where only an older one, with all four files, is at hand.
"""
import os
import sys

OFFSET = 1_000_000
EOF_MARK = "\x1a"


def records(path):
    """The lines of a file (Latin-1, CRLF), without the end-of-file mark OFAC puts last."""
    with open(path, encoding="latin-1", newline="") as f:
        lines = f.read().split("\r\n")
    return [line for line in lines if line and line != EOF_MARK]


def renumber(line, fields, shift):
    """The line with its first `fields` numeric fields moved by `shift`."""
    parts = line.split(",", fields)
    return ",".join([str(int(p) + shift) for p in parts[:fields]] + parts[fields:])


def rename(line, suffix):
    """The sdn.csv line with a suffix inside the quotes of its name (the second field)."""
    number, rest = line.split(",", 1)
    assert rest.startswith('"'), line
    end = rest.index('"', 1)
    return f"{number},{rest[:end]}{suffix}{rest[end:]}"


def write(path, lines):
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write("".join(line + "\r\n" for line in lines) + EOF_MARK)


def main():
    source, dest, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(dest, exist_ok=True)
    sdn = records(os.path.join(source, "sdn.csv"))
    companions = {name: records(os.path.join(source, name)) for name in ("add.csv", "alt.csv", "sdn_comments.csv")
                  if os.path.exists(os.path.join(source, name))}
    numbered = {"add.csv": 2, "alt.csv": 2, "sdn_comments.csv": 1}
    by_entry = {name: {} for name in companions}
    for name, lines in companions.items():
        for line in lines:
            by_entry[name].setdefault(int(line.split(",", 1)[0]), []).append(line)

    out_sdn = list(sdn)
    out = {name: list(lines) for name, lines in companions.items()}
    round_ = 1
    while len(out_sdn) < count:
        suffix = " " + chr(ord("A") + round_)
        for line in sdn[: count - len(out_sdn)]:
            number = int(line.split(",", 1)[0])
            out_sdn.append(rename(renumber(line, 1, round_ * OFFSET), suffix))
            for name in companions:
                out[name].extend(renumber(l, numbered[name], round_ * OFFSET) for l in by_entry[name].get(number, []))
        round_ += 1

    write(os.path.join(dest, "sdn.csv"), out_sdn)
    for name, lines in out.items():
        write(os.path.join(dest, name), lines)
    print(f"{dest}: {len(out_sdn)} entries, " + ", ".join(f"{name} {len(lines)} rows" for name, lines in out.items()))


if __name__ == "__main__":
    main()
