#!/usr/bin/env python3
"""Translate Stackwright's .ts files through a TSV (python3 stdlib only).

  tsmerge.py extract [--all] [-o todo.tsv]
      Writes every message that is unfinished in stackwright_fr.ts or
      stackwright_es.ts (or every message with --all) to a TSV:
          id  context  numerus  source  comment  fr  es
      Newlines, tabs and backslashes are written as \\n, \\t and \\\\.
      Plural messages (numerus = yes) hold their forms separated by " ||| "
      (French and Spanish both have two: singular, plural).

  tsmerge.py merge todo.tsv [answers.tsv ...]
      Reads the translations from the fr/es columns of todo.tsv, and from any
      answers file whose lines are "id<TAB>fr<TAB>es" (ids from todo.tsv),
      checks placeholders and plural forms, writes them into both .ts files and
      marks them finished. A message whose translation fails a check is left
      unfinished and reported. Run the update_translations target afterwards so
      lupdate rewrites the files in its own layout.

  tsmerge.py check
      Reports unfinished messages, placeholder/plural mismatches and glossary
      violations (glossary.tsv); exits 1 when there is any.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("fr", "es")
SEP = " ||| "
PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")


def ts_path(lang):
    return HERE / f"stackwright_{lang}.ts"


def esc(s):
    return (s or "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def key_of(ctx, msg):
    return (ctx, msg.findtext("source") or "", msg.findtext("comment") or "")


def is_numerus(msg):
    return msg.get("numerus") == "yes"


def forms(msg):
    tr = msg.find("translation")
    if tr is None:
        return []
    if is_numerus(msg):
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


def finished(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return all(f.strip() for f in forms(msg)) and bool(forms(msg))


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def problems(source, numerus, trans_forms):
    """Why a translation cannot be accepted (empty list: it can)."""
    out = []
    if numerus and len(trans_forms) != 2:
        out.append(f"plural message needs 2 forms, got {len(trans_forms)}")
    if not numerus and len(trans_forms) != 1:
        out.append("singular message given plural forms")
    want = [p for p in placeholders(source) if p != "%n"]
    for i, form in enumerate(trans_forms):
        if not form.strip():
            out.append(f"form {i + 1} is empty")
            continue
        got = [p for p in placeholders(form) if p != "%n"]
        if got != want:
            out.append(f"form {i + 1}: placeholders {got} differ from source {want}")
        if "%n" in source and "%n" not in form and not (numerus and i == 0):
            out.append(f"form {i + 1}: %n missing")
        if "%n" not in source and "%n" in form:
            out.append(f"form {i + 1}: %n not in source")
    return out


def load(lang):
    tree = ET.parse(ts_path(lang))
    return tree, tree.getroot()


def save(lang, tree):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                             encoding="utf-8")


def cmd_extract(args):
    out_path = Path("todo.tsv")
    everything = "--all" in args
    if "-o" in args:
        out_path = Path(args[args.index("-o") + 1])
    trees = {lang: load(lang)[1] for lang in LANGS}
    by_lang = {lang: {key_of(c, m): m for c, m in messages(trees[lang])} for lang in LANGS}
    rows = []
    for ctx, msg in messages(trees["fr"]):
        key = key_of(ctx, msg)
        others = [by_lang[lang].get(key) for lang in LANGS]
        if not everything and all(o is not None and finished(o) for o in others):
            continue
        cols = [SEP.join(esc(f) for f in forms(o)) if o is not None and finished(o) else "" for o in others]
        rows.append([ctx, "yes" if is_numerus(msg) else "", esc(key[1]), esc(key[2])] + cols)
    with out_path.open("w", encoding="utf-8") as f:
        f.write("id\tcontext\tnumerus\tsource\tcomment\tfr\tes\n")
        for i, r in enumerate(rows, 1):
            f.write("\t".join([str(i)] + r) + "\n")
    print(f"{len(rows)} message(s) to translate written to {out_path}")


def read_tsv(path):
    with Path(path).open(encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def cmd_merge(args):
    if not args:
        sys.exit("usage: tsmerge.py merge todo.tsv [answers.tsv ...]")
    todo = read_tsv(args[0])
    header, rows = todo[0], todo[1:]
    keys, wanted = {}, {}
    for r in rows:
        r += [""] * (7 - len(r))
        rid, ctx, num, src, com = r[:5]
        keys[rid] = (ctx, unesc(src), unesc(com), num == "yes")
        wanted[rid] = {"fr": r[5], "es": r[6]}
    for path in args[1:]:
        for n, r in enumerate(read_tsv(path), 1):
            if len(r) != 3:
                print(f"{path}:{n}: expected id<TAB>fr<TAB>es, got {len(r)} column(s)")
                continue
            if r[0] not in keys:
                print(f"{path}:{n}: id {r[0]} is not in {args[0]}")
                continue
            wanted[r[0]] = {"fr": r[1], "es": r[2]}
    bad = 0
    for lang in LANGS:
        tree, root = load(lang)
        index = {key_of(c, m): m for c, m in messages(root)}
        done = 0
        for rid, (ctx, src, com, num) in keys.items():
            text = wanted[rid][lang]
            if not text.strip():
                continue
            msg = index.get((ctx, src, com))
            if msg is None:
                print(f"{lang}: id {rid} ({ctx}: {src[:40]!r}) is no longer in the .ts file")
                continue
            fs = [unesc(t) for t in re.split(r" ?\|\|\| ?", text)] if num else [unesc(text)]
            why = problems(src, num, fs)
            if why:
                bad += 1
                print(f"{lang}: id {rid} ({ctx}: {src[:50]!r}): " + "; ".join(why))
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            tr.attrib.pop("type", None)
            if num:
                tr.text = None
                for form in fs:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = fs[0]
            done += 1
        save(lang, tree)
        print(f"{lang}: {done} message(s) merged")
    return 1 if bad else 0


def load_glossary():
    rows = read_tsv(HERE / "glossary.tsv")
    return [r for r in rows[1:] if len(r) >= 3 and not r[0].startswith("#")]


def glossary_problems(source, trans, glossary, col):
    """Glossary terms in source (longest first, whole words) whose translation is absent."""
    # Quoted words are names (JSON fields, user names, ids): they stay English.
    out, text = [], re.sub(r'"[^"]*"', " ", source.lower())
    for row in sorted(glossary, key=lambda r: -len(r[0])):
        term = row[0].lower()
        pat = re.compile(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])")
        if not pat.search(text):
            continue
        text = pat.sub(" ", text)
        targets = [t for t in row[col].lower().split("|") if t]
        if targets and not any(t in trans.lower() for t in targets):
            out.append(f"'{row[0]}' should be '{row[col]}'")
    return out


def cmd_check(_args):
    glossary = load_glossary()
    issues = 0
    for col, lang in enumerate(LANGS, 1):
        _, root = load(lang)
        for ctx, msg in messages(root):
            src = msg.findtext("source") or ""
            where = f"{lang} {ctx}: {src[:60]!r}"
            if not finished(msg):
                issues += 1
                print(f"{where}: unfinished")
                continue
            for p in problems(src, is_numerus(msg), forms(msg)):
                issues += 1
                print(f"{where}: {p}")
            for p in glossary_problems(src, " ".join(forms(msg)), glossary, col):
                issues += 1
                print(f"{where}: glossary {p}")
    print(f"{issues} problem(s)")
    return 1 if issues else 0


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("extract", "merge", "check"):
        print(__doc__)
        return 2
    return {"extract": cmd_extract, "merge": cmd_merge, "check": cmd_check}[sys.argv[1]](sys.argv[2:]) or 0


if __name__ == "__main__":
    sys.exit(main())
