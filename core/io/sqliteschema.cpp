#include "core/io/sqliteschema.h"

#include "core/io/jsonformat.h"
#include "core/io/sqlitestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <sqlite3.h>

namespace sw::sql {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::SqliteStore)
};

bool setVersion(Database &db, int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return db.exec(sql.constData());
}

// 1 -> 2: the props of each node move from one JSON text column into rows of
// node_props (one row per property, with its value type), so that changing a
// property rewrites one row; a meta table says who wrote the file.
bool migrate1to2(Database &db, QString *error)
{
    if (!db.exec("CREATE TABLE node_props(node TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL, value,"
                 " PRIMARY KEY(node, key)) WITHOUT ROWID;"
                 "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;")) {
        *error = db.errorMessage();
        return false;
    }
    Statement select = db.prepare("SELECT id, props FROM nodes ORDER BY ord");
    Statement insert = db.prepare(Sql::insertProp);
    if (!select.ok() || !insert.ok()) {
        *error = db.errorMessage();
        return false;
    }
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        const QString id = select.text(0);
        const QByteArray text = select.bytes(1);
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = Tr::tr("node \"%1\", field \"props\": not a JSON object").arg(id);
            return false;
        }
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            const QVariant v = propFromJson(it.value(), &ok);
            if (!ok) {
                *error = Tr::tr("node \"%1\", field \"props.%2\": must be a string, a number, a boolean or an array of strings")
                             .arg(id, it.key());
                return false;
            }
            if (!writeProp(insert, id, it.key(), v)) {
                *error = db.errorMessage();
                return false;
            }
        }
    }
    if (rc != SQLITE_DONE) {
        *error = db.errorMessage();
        return false;
    }
    select = Statement();
    if (!db.exec("ALTER TABLE nodes DROP COLUMN props;"
                 "INSERT INTO meta(key, value) VALUES('migrated_from', '1');")) {
        *error = db.errorMessage();
        return false;
    }
    return true;
}

struct Migration {
    int from; // the step goes from `from` to `from + 1`
    bool (*apply)(Database &, QString *);
};

// In order. A new schema version adds one entry here and bumps kSchemaVersion.
const Migration kMigrations[] = {
    {1, migrate1to2},
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion - 1,
              "one migration step per schema version");

} // namespace

bool createSchema(Database &db)
{
    const QByteArray sql =
        "PRAGMA application_id = " + QByteArray::number(SqliteStore::kApplicationId) + ";"
        "PRAGMA user_version = " + QByteArray::number(kSchemaVersion) + ";"
        "CREATE TABLE design(name TEXT NOT NULL, profile TEXT NOT NULL DEFAULT '', extensions TEXT NOT NULL DEFAULT '{}');"
        "CREATE TABLE suppressions(ord INTEGER PRIMARY KEY, rule TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '');"
        "CREATE TABLE nodes(ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
        " label TEXT NOT NULL DEFAULT '', parent TEXT NOT NULL DEFAULT '', x REAL, y REAL);"
        "CREATE TABLE node_props(node TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL, value,"
        " PRIMARY KEY(node, key)) WITHOUT ROWID;"
        "CREATE TABLE links(ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, from_id TEXT NOT NULL,"
        " to_id TEXT NOT NULL, protocol TEXT NOT NULL, port INTEGER NOT NULL DEFAULT 0, label TEXT NOT NULL DEFAULT '');"
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;";
    return db.exec(sql.constData());
}

namespace {
struct TableSpec {
    const char *name;
    const char *columns; // "name TYPE, name TYPE, ...", types as declared (empty: none)
    int fromVersion, untilVersion;
};

const TableSpec kTables[] = {
    {"design", "name TEXT, profile TEXT, extensions TEXT", 1, kSchemaVersion},
    {"suppressions", "ord INTEGER, rule TEXT, reason TEXT", 1, kSchemaVersion},
    {"nodes", "ord INTEGER, id TEXT, kind TEXT, label TEXT, parent TEXT, x REAL, y REAL, props TEXT", 1, 1},
    {"nodes", "ord INTEGER, id TEXT, kind TEXT, label TEXT, parent TEXT, x REAL, y REAL", 2, kSchemaVersion},
    {"node_props", "node TEXT, key TEXT, type TEXT, value ", 2, kSchemaVersion},
    {"links", "ord INTEGER, id TEXT, from_id TEXT, to_id TEXT, protocol TEXT, port INTEGER, label TEXT", 1,
     kSchemaVersion},
    {"meta", "key TEXT, value TEXT", 2, kSchemaVersion},
};
} // namespace

bool checkSchema(Database &db, int version, QString *error)
{
    QHash<QString, const TableSpec *> expected;
    for (const TableSpec &t : kTables)
        if (version >= t.fromVersion && version <= t.untilVersion)
            expected.insert(QLatin1String(t.name), &t);
    Statement objects = db.prepare("SELECT type, name FROM sqlite_schema");
    if (!objects.ok()) {
        *error = Tr::tr("the file is damaged: %1").arg(db.errorMessage());
        return false;
    }
    QSet<QString> tables;
    QString foreignTable;
    int rc;
    while ((rc = objects.step()) == SQLITE_ROW) {
        const QString type = objects.text(0), name = objects.text(1);
        if (type == QLatin1String("index") || name.startsWith(QLatin1String("sqlite_")))
            continue;
        if (type != QLatin1String("table")) { // views and triggers first: they may pose as our tables
            *error = Tr::tr("not a Stackwright file: it holds a %1 named \"%2\" (a Stackwright file holds tables only)")
                         .arg(type, name);
            return false;
        }
        if (!expected.contains(name) && foreignTable.isEmpty())
            foreignTable = name;
        tables.insert(name);
    }
    if (rc != SQLITE_DONE) {
        *error = Tr::tr("the file is damaged: %1").arg(db.errorMessage());
        return false;
    }
    if (!foreignTable.isEmpty()) {
        *error = Tr::tr("not a Stackwright file: it holds a table \"%1\" that schema version %2 does not have")
                     .arg(foreignTable).arg(version);
        return false;
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!tables.contains(it.key())) {
            *error = Tr::tr("the file is damaged: the table \"%1\" is missing").arg(it.key());
            return false;
        }
        const QByteArray sql = "SELECT name, type FROM pragma_table_info('" + it.key().toUtf8() + "')";
        Statement cols = db.prepare(sql.constData());
        QStringList found;
        while (cols.ok() && cols.step() == SQLITE_ROW)
            found << cols.text(0) + QLatin1Char(' ') + cols.text(1).toUpper();
        const QString want = QLatin1String(it.value()->columns);
        if (found.join(QStringLiteral(", ")) != want) {
            *error = Tr::tr("the file is damaged: the table \"%1\" has the columns (%2), expected (%3)")
                         .arg(it.key(), found.join(QStringLiteral(", ")), want.trimmed());
            return false;
        }
    }
    Statement count = db.prepare("SELECT count(*) FROM design");
    const qint64 rows = count.ok() && count.step() == SQLITE_ROW ? count.int64(0) : -1;
    if (rows != 1) {
        *error = rows == 0 ? Tr::tr("the file is damaged: it holds no design")
                           : Tr::tr("the file is damaged: it holds %1 design rows, a Stackwright file holds exactly one")
                                 .arg(rows);
        return false;
    }
    return true;
}

bool migrate(Database &db, int fromVersion, QString *error)
{
    for (int v = fromVersion; v < kSchemaVersion; ++v) {
        const Migration *step = nullptr;
        for (const Migration &m : kMigrations)
            if (m.from == v)
                step = &m;
        QString err;
        if (!step) {
            err = Tr::tr("no migration from schema version %1").arg(v);
        } else if (!db.exec("BEGIN")) {
            err = db.errorMessage();
        } else if (!step->apply(db, &err) || !setVersion(db, v + 1) || !db.exec("COMMIT")) {
            if (err.isEmpty())
                err = db.errorMessage();
            db.exec("ROLLBACK");
        }
        if (!err.isEmpty()) {
            *error = Tr::tr("cannot upgrade it from schema version %1 to %2: %3").arg(v).arg(v + 1).arg(err);
            return false;
        }
    }
    return true;
}

QString propTypeCode(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return QStringLiteral("b");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QStringLiteral("i");
    case QMetaType::Double:
    case QMetaType::Float:
        return QStringLiteral("r");
    case QMetaType::QStringList:
        return QStringLiteral("l");
    default:
        return QStringLiteral("s");
    }
}

void bindPropValue(Statement &st, int index, const QString &code, const QVariant &v)
{
    switch (code.isEmpty() ? 's' : code.at(0).toLatin1()) {
    case 'b':
        st.bind(index, qint64(v.toBool() ? 1 : 0));
        break;
    case 'i':
        st.bind(index, v.toLongLong());
        break;
    case 'r':
        st.bind(index, v.toDouble());
        break;
    case 'l':
        st.bind(index, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v.toStringList()))
                                              .toJson(QJsonDocument::Compact)));
        break;
    default:
        st.bind(index, v.toString());
        break;
    }
}

QVariant readPropValue(const Statement &st, int col, const QString &code, bool *ok)
{
    *ok = code.size() == 1;
    if (!*ok)
        return {};
    switch (code.at(0).toLatin1()) {
    case 's':
        return st.text(col);
    case 'b':
        return st.int64(col) != 0;
    case 'i':
        return st.int64(col);
    case 'r':
        return st.real(col);
    case 'l': { // a JSON array of strings, read as the JSON format reads a list prop
        const QJsonDocument doc = QJsonDocument::fromJson(st.bytes(col));
        if (!doc.isArray()) {
            *ok = false;
            return {};
        }
        return propFromJson(doc.array(), ok);
    }
    default:
        *ok = false;
        return {};
    }
}

} // namespace sw::sql

namespace sw::sql {

void bindNode(Statement &st, qint64 ord, const Node &n)
{
    st.bind(1, ord);
    st.bind(2, n.id);
    st.bind(3, kindName(n.kind));
    st.bind(4, n.label);
    st.bind(5, n.parent);
    if (n.hasPos) {
        st.bind(6, n.pos.x());
        st.bind(7, n.pos.y());
    } else {
        st.bindNull(6);
        st.bindNull(7);
    }
}

void bindLink(Statement &st, qint64 ord, const Link &l)
{
    st.bind(1, ord);
    st.bind(2, l.id);
    st.bind(3, l.from);
    st.bind(4, l.to);
    st.bind(5, protocolName(l.protocol));
    st.bind(6, qint64(l.port));
    st.bind(7, l.label);
}

bool writeProp(Statement &st, const QString &node, const QString &key, const QVariant &v, int *changes)
{
    st.bind(1, node);
    st.bind(2, key);
    const QString code = propTypeCode(v);
    st.bind(3, code);
    bindPropValue(st, 4, code, v);
    return st.run(changes);
}

} // namespace sw::sql
