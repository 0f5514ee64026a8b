// The schema of the native ".stackwright" file and its ordered migrations.
// Internal to core/io (sqlitestore and nativedocument share it).
//
// Schema version 2 (current):
//   design(name, profile, extensions)        one row; extensions: JSON object text
//   suppressions(ord PK, rule, reason)
//   nodes(ord PK, id UNIQUE, kind, label, parent, x, y)   x, y NULL: no position
//   node_props(node, key, type, value) PK(node, key)      type: s i r b l
//   links(ord PK, id UNIQUE, from_id, to_id, protocol, port, label)
//   meta(key PK, value)                      who wrote the file, from which version
// `ord` gives the document order; rows are written with gaps between their
// ords so that an incremental save can insert between two rows.
//
// Version 1 had no node_props and no meta: each node's props were one JSON
// object text in nodes.props.
#pragma once

#include "core/model/design.h"
#include "core/io/sqlitedb.h"

#include <QVariant>

namespace sw::sql {

constexpr int kSchemaVersion = 2;
constexpr qint64 kOrderGap = qint64(1) << 20;

// Creates the current schema's tables in an empty database and sets
// application_id and user_version. Call inside a transaction.
bool createSchema(Database &db);

// Brings a database of schema `fromVersion` to kSchemaVersion, one step after
// the other, each in its own transaction. On failure `error` says which step.
bool migrate(Database &db, int fromVersion, QString *error);

// Checks, before anything is read, that the file holds exactly the tables of
// schema `version` with their columns and declared types (no views, no
// triggers, no other tables) and exactly one design row. On failure `error`
// names the object or column that is wrong.
bool checkSchema(Database &db, int version, QString *error);

// Property values in node_props: a one-letter type and the value.
QString propTypeCode(const QVariant &v);
void bindPropValue(Statement &st, int index, const QString &typeCode, const QVariant &v);
// Reads back what bindPropValue stored; `ok` false for an unknown type code.
QVariant readPropValue(const Statement &st, int col, const QString &typeCode, bool *ok);

// Binds ?1..?7 of Sql::insertNode / Sql::updateNode (and the link ones).
void bindNode(Statement &st, qint64 ord, const Node &n);
void bindLink(Statement &st, qint64 ord, const Link &l);
// Runs Sql::insertProp for one property.
bool writeProp(Statement &insertProp, const QString &node, const QString &key, const QVariant &v, int *changes = nullptr);

// Statements shared by full and incremental saves.
namespace Sql {
inline constexpr const char *insertNode =
    "INSERT INTO nodes(ord, id, kind, label, parent, x, y) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)";
inline constexpr const char *insertProp = "INSERT OR REPLACE INTO node_props(node, key, type, value) VALUES(?1, ?2, ?3, ?4)";
inline constexpr const char *insertLink =
    "INSERT INTO links(ord, id, from_id, to_id, protocol, port, label) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)";
inline constexpr const char *updateNode =
    "UPDATE nodes SET ord = ?1, kind = ?3, label = ?4, parent = ?5, x = ?6, y = ?7 WHERE id = ?2";
inline constexpr const char *updateLink =
    "UPDATE links SET ord = ?1, from_id = ?3, to_id = ?4, protocol = ?5, port = ?6, label = ?7 WHERE id = ?2";
inline constexpr const char *insertSuppression = "INSERT INTO suppressions(ord, rule, reason) VALUES(?1, ?2, ?3)";
inline constexpr const char *insertDesign = "INSERT INTO design(name, profile, extensions) VALUES(?1, ?2, ?3)";
} // namespace Sql

} // namespace sw::sql
