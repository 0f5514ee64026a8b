#!/usr/bin/env bash
# Regenerates the .stackwright seeds of corpus/stackwright from the templates
# (small pages: each file a few KiB) plus hostile variants of one of them.
# Usage: fuzz/make-corpus.sh BUILD_DIR   (needs BUILD_DIR/app/stackwright-cli and sqlite3)
set -euo pipefail
cli=$(realpath "$1")/app/stackwright-cli
cd "$(dirname "$0")"
out=corpus/stackwright
mkdir -p "$out"
for t in ../resources/templates/*.json; do
  name=$(basename "$t" .json)
  rm -f "$out/template-$name.stackwright"
  "$cli" convert "$t" "$out/template-$name.stackwright"
  sqlite3 "$out/template-$name.stackwright" "PRAGMA page_size = 512; VACUUM;"
done
base=$out/template-simple-web-stack.stackwright
variant() { # NAME SQL
  rm -f "$out/$1.stackwright"
  cp "$base" "$out/$1.stackwright"
  sqlite3 "$out/$1.stackwright" "$2; VACUUM;"
}
variant view-nodes "ALTER TABLE nodes RENAME TO real_nodes; CREATE VIEW nodes AS SELECT * FROM real_nodes"
variant trigger "CREATE TRIGGER t AFTER INSERT ON nodes BEGIN SELECT 1; END"
variant text-coordinate "UPDATE nodes SET x = 'far'"
variant two-designs "INSERT INTO design VALUES('two', '', '{}')"
variant bad-props "UPDATE node_props SET type = 'l', value = '[1' WHERE key = (SELECT min(key) FROM node_props)"
variant wal-header "PRAGMA journal_mode = WAL"
variant version-1 "PRAGMA user_version = 1"
variant newer "PRAGMA user_version = 99"
