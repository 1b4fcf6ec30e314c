#!/usr/bin/env python3
"""Writes dateline-english-words.txt for DatelineParser from Debian's SCOWL lists (see NOTICE).

Usage (Debian/Ubuntu): apt-get install wamerican wbritish
  python3 ops/wordlists/english-words.py /usr/share/dict/american-english /usr/share/dict/british-english \
      > modules/newswire-enrichment/src/main/resources/io/newswire/enrich/normalize/dateline-english-words.txt

Kept: words of ASCII letters only, four letters or more, written in lower case in the lists and never capitalised
there (so "turkey" and "nice", which the lists also hold as proper names, are left out), that are no listed town or
country (dateline-towns.txt, dateline-countries.txt) and not already in dateline-common-words.txt. A word that is
another kept word plus -s, -es, -ed or -ing is left out too: DatelineParser takes those endings off before it looks.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "modules", "newswire-enrichment", "src", "main", "resources", "io", "newswire",
                   "enrich", "normalize")


def listed(name):
    with open(os.path.join(RES, name), encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


words = set()
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        words.update(l.strip() for l in f)
alpha = {w for w in words if re.fullmatch(r"[A-Za-z]+", w)}
capitalised = {w.lower() for w in alpha if w[0].isupper()}
exclude = capitalised | listed("dateline-towns.txt") | listed("dateline-countries.txt") \
    | listed("dateline-common-words.txt")
kept = {w for w in alpha if re.fullmatch(r"[a-z]{4,}", w) and w not in exclude}
known = kept | listed("dateline-common-words.txt")


def derived(w):
    n = len(w)
    if n > 3 and w.endswith("s") and w[:-1] in known:
        return True
    if n > 4 and w.endswith("es") and w[:-2] in known:
        return True
    if n > 4 and w.endswith("ed"):
        stem = w[:-2]
        if stem in known or stem + "e" in known or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:
            return True
    if n > 5 and w.endswith("ing"):
        stem = w[:-3]
        return stem in known or stem + "e" in known
    return False


out = sorted(w for w in kept if not derived(w))
print("# English words of Debian's SCOWL lists (wamerican and wbritish, size 50; SCOWL copyright Kevin Atkinson and")
print("# others, permissive; the full notices are in NOTICE), written by ops/wordlists/english-words.py in session s41:")
print("# lower-case words of four letters or more that the lists never capitalise, minus listed towns and countries and")
print("# the words of dateline-common-words.txt, and minus words that are another kept word plus -s/-es/-ed/-ing.")
print("# DatelineParser asks it whether one bare capital word before a dash or colon that is no listed town is an English")
print("# word (\"SAILINGS —\", \"MEMO —\", \"INTRO —\"), and so a label, not a place. One word per line.")
for w in out:
    print(w)
