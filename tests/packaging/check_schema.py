#!/usr/bin/env python3
"""Checks docs/design.schema.json against every built-in template, every JSON
design fixture under tests/ and the example of docs/design-format.md; and that
the schema refuses documents that break it (so this test can fail).
usage: check_schema.py SOURCE_DIR"""
import glob, json, os, re, sys
import jsonschema

root = sys.argv[1]
schema = json.load(open(os.path.join(root, "docs", "design.schema.json")))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
failures = []

def check(name, doc, valid=True):
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if valid and errors:
        failures.append("%s: %s (at %s)" % (name, errors[0].message, "/".join(map(str, errors[0].absolute_path))))
    if not valid and not errors:
        failures.append("%s: the schema accepts it, it must not" % name)
    return not errors

templates = sorted(glob.glob(os.path.join(root, "resources", "templates", "*.json")))
if len(templates) < 5:
    failures.append("only %d templates found" % len(templates))
for t in templates:
    check(os.path.relpath(t, root), json.load(open(t)))

# Fixtures: every .json under tests/ that is a design; under an "invalid"
# folder it must be refused instead.
fixtures = 0
for f in sorted(glob.glob(os.path.join(root, "tests", "**", "*.json"), recursive=True)):
    try:
        doc = json.load(open(f))
    except ValueError:
        continue  # a broken file on purpose: not JSON at all
    if not isinstance(doc, dict) or doc.get("format") != "stackwright-design":
        continue
    fixtures += 1
    check(os.path.relpath(f, root), doc, valid="/invalid/" not in f)

md = open(os.path.join(root, "docs", "design-format.md")).read()
example = re.search(r"```json\n(.*?)```", md, re.S)
if not example:
    failures.append("docs/design-format.md: no JSON example")
else:
    base = json.loads(example.group(1))
    check("design-format.md example", base)
    # A draft: a required property absent is PROP-MISSING, not a schema error.
    draft = json.loads(example.group(1))
    del draft["nodes"][2]["props"]["hostname"]
    check("draft without a hostname", draft)
    def broken(change):
        doc = json.loads(example.group(1))
        change(doc)
        return doc
    bad = {
        "wrong format": lambda d: d.update(format="other"),
        "newer version": lambda d: d.update(version=2),
        "no name": lambda d: d.pop("name"),
        "unknown kind": lambda d: d["nodes"][0].update(kind="webserver"),
        "bad id": lambda d: d["nodes"][0].update(id="1users"),
        "unknown node key": lambda d: d["nodes"][0].update(colour="red"),
        "bad protocol": lambda d: d["links"][0].update(protocol="ftp"),
        "port out of range": lambda d: d["links"][2].update(port=70000),
        "bad tls value": lambda d: d["nodes"][3]["props"].update(tls="yes"),
        "service without parent": lambda d: d["nodes"][10].pop("parent"),
        "unknown top-level key": lambda d: d.update(extra=1),
        "object prop value": lambda d: d["nodes"][2]["props"].update(extra={"a": 1}),
    }
    for name, change in bad.items():
        check("refused: " + name, broken(change), valid=False)

print("%d templates, %d fixtures, the example and %d refusals checked" % (len(templates), fixtures, len(bad)))
for f in failures:
    print("FAIL", f)
sys.exit(1 if failures else 0)
