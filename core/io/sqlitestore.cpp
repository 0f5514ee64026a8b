#include "core/io/sqlitestore.h"

#include "core/io/inputguard.h"
#include "core/io/jsonformat.h"
#include "core/io/savefile.h"
#include "core/model/check.h"
#include "core/io/sqlitedb.h"
#include "core/io/sqliteschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <sqlite3.h>

namespace sw::SqliteStore {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::SqliteStore)
};

FaultHook &faultHook()
{
    static FaultHook hook;
    return hook;
}

QString damaged(const sql::Database &db)
{
    return Tr::tr("the file is damaged: %1").arg(db.errorMessage());
}

QString hex(qint64 v) { return QStringLiteral("0x%1").arg(quint32(v), 8, 16, QLatin1Char('0')); }

// Checks the 100-byte SQLite header before SQLite sees the file, for clear
// messages about files that are not ours.
bool checkHeader(const QString &path, QString *error)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *error = Tr::tr("the file does not exist");
        return false;
    }
    if (fi.isDir()) {
        *error = Tr::tr("it is a folder, not a Stackwright file");
        return false;
    }
    if (!checkDesignPath(path, error)) // devices, FIFOs, sockets, too big: refused without opening them
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot open it: %1").arg(f.errorString());
        return false;
    }
    const QByteArray header = f.read(100);
    if (header.isEmpty()) {
        *error = Tr::tr("the file is empty, it is not a Stackwright design");
        return false;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        const QByteArray start = header.trimmed();
        *error = start.startsWith('{') ? Tr::tr("not a Stackwright file: it is not an SQLite database (it looks like "
                                            "JSON: give it the .json extension)")
                                       : Tr::tr("not a Stackwright file: it is not an SQLite database");
        return false;
    }
    if (header.size() < 100) {
        *error = Tr::tr("the file is damaged: its header is cut short");
        return false;
    }
    const qint64 appId = qFromBigEndian<qint32>(header.constData() + 68);
    if (appId != kApplicationId) {
        *error = appId == 0 ? Tr::tr("not a Stackwright file: it is an SQLite database of another program")
                            : Tr::tr("not a Stackwright file: its SQLite application id is %1, Stackwright's is %2")
                                  .arg(hex(appId), hex(kApplicationId));
        return false;
    }
    return true;
}

// Opens for reading without changing anything on disk. The file itself is
// opened immutable. A journal left beside it by an interrupted incremental
// save (or the -wal of a WAL-mode file) is applied to a copy in a temporary
// folder, which is then read into memory: the file and its journal stay as
// they are, also on a read-only file system.
bool openForReading(const QString &path, sql::Database &db, QString *error)
{
    qint64 appId = 0;
    QStringList sidecars;
    for (const char *suffix : {"-journal", "-wal"}) {
        const QFileInfo side(path + QLatin1String(suffix));
        if (side.exists() && side.size() > 0)
            sidecars << QLatin1String(suffix);
    }
    if (sidecars.isEmpty()) {
        if (!db.open(path, sql::Database::Mode::ReadOnly)) {
            *error = Tr::tr("cannot open it: %1").arg(db.errorMessage());
            return false;
        }
        if (db.pragmaInt("application_id", &appId))
            return true;
        *error = damaged(db);
        return false;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("design.stackwright"));
    bool copied = dir.isValid() && QFile::copy(path, copy);
    for (const QString &suffix : std::as_const(sidecars))
        copied = copied && QFile::copy(path + suffix, copy + suffix);
    if (!copied) {
        *error = Tr::tr("an interrupted save left a journal beside it and a copy to restore it in cannot be made "
                        "in %1").arg(QDir::tempPath());
        return false;
    }
    for (const QString &f : QDir(dir.path()).entryList(QDir::Files))
        QFile::setPermissions(dir.filePath(f), QFile::ReadOwner | QFile::WriteOwner);
    sql::Database rw;
    if (!rw.open(copy, sql::Database::Mode::ReadWrite) || !rw.pragmaInt("application_id", &appId)) {
        *error = Tr::tr("an interrupted save left it unfinished and it cannot be restored: %1").arg(rw.errorMessage());
        return false;
    }
    if (!db.open({}, sql::Database::Mode::Memory) || !db.copyFrom(rw) || !db.pragmaInt("application_id", &appId)) {
        *error = damaged(db);
        return false;
    }
    return true;
}

// isValidId() without a regular expression: the loader checks every id.
bool isPlainId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!(letter || (i > 0 && ((c >= u'0' && c <= u'9') || c == u'_' || c == u'.' || c == u'-'))))
            return false;
    }
    return true;
}

qint64 rowCount(sql::Database &db, const char *table)
{
    sql::Statement st = db.prepare(QByteArray("SELECT count(*) FROM ").append(table).constData());
    return st.ok() && st.step() == SQLITE_ROW ? st.int64(0) : 0;
}

struct Loader {
    sql::Database &db;
    bool wantOrder = false;
    Design d;
    StoredOrder order;
    QString error;

    bool fail(const QString &msg)
    {
        error = msg;
        return false;
    }
    bool sqlFail() { return fail(damaged(db)); }

    bool readDesignRow()
    {
        sql::Statement st = db.prepare("SELECT name, profile, extensions FROM design");
        if (!st.ok())
            return sqlFail();
        const int rc = st.step();
        if (rc == SQLITE_DONE)
            return fail(Tr::tr("the file is damaged: it holds no design"));
        if (rc != SQLITE_ROW)
            return sqlFail();
        d.name = st.text(0);
        d.profile = st.text(1);
        if (!d.profile.isEmpty() && !specProfileNames().contains(d.profile))
            return fail(Tr::tr("field \"profile\": unknown profile \"%1\" (one of: %2)")
                            .arg(d.profile, specProfileNames().join(QStringLiteral(", "))));
        const QByteArray ext = st.bytes(2);
        if (!ext.trimmed().isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(ext);
            if (!doc.isObject())
                return fail(Tr::tr("the file is damaged: its extensions are not a JSON object"));
            d.extensions = doc.object();
            for (auto it = d.extensions.begin(); it != d.extensions.end(); ++it)
                if (it.key() != QLatin1String("scenarios") && it.key() != QLatin1String("activity"))
                    return fail(Tr::tr("unknown top-level field \"%1\"").arg(it.key()));
        }
        return true;
    }

    bool readSuppressions()
    {
        sql::Statement st = db.prepare("SELECT rule, reason FROM suppressions ORDER BY ord");
        if (!st.ok())
            return sqlFail();
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            d.suppressions.append({st.text(0), st.text(1)});
        return rc == SQLITE_DONE || sqlFail();
    }

    bool readNodes()
    {
        sql::Statement st = db.prepare("SELECT ord, id, kind, label, parent, x, y FROM nodes ORDER BY ord");
        if (!st.ok())
            return sqlFail();
        int rc;
        int index = 0;
        while ((rc = st.step()) == SQLITE_ROW) {
            Node n;
            n.id = st.text(1);
            if (!isPlainId(n.id))
                return fail(Tr::tr("node #%1, field \"id\": \"%2\" is not a valid id").arg(index + 1).arg(n.id));
            const QString kind = st.text(2);
            const auto k = kindFromName(kind);
            if (!k)
                return fail(Tr::tr("%1, field \"kind\": unknown kind \"%2\"").arg(whereNode(n.id), kind));
            n.kind = *k;
            n.label = st.text(3);
            n.parent = st.text(4);
            for (int col : {5, 6}) {
                const int type = st.columnType(col);
                if (type != SQLITE_NULL && type != SQLITE_INTEGER && type != SQLITE_FLOAT)
                    return fail(Tr::tr("%1, field \"%2\": the stored coordinate is not a number")
                                    .arg(whereNode(n.id), col == 5 ? QStringLiteral("x") : QStringLiteral("y")));
            }
            n.hasPos = !st.isNull(5) && !st.isNull(6);
            if (n.hasPos)
                n.pos = QPointF(st.real(5), st.real(6));
            if (d.hasId(n.id))
                return fail(Tr::tr("%1, field \"id\": the id is used twice").arg(whereNode(n.id)));
            if (wantOrder)
                order.nodes.insert(n.id, st.int64(0));
            d.insertNode(std::move(n));
            ++index;
        }
        return rc == SQLITE_DONE || sqlFail();
    }

    bool readProps()
    {
        sql::Statement st = db.prepare("SELECT node, key, type, value FROM node_props");
        if (!st.ok())
            return sqlFail();
        int rc;
        QByteArray lastId; // null before the first row
        QString id;
        Node *n = nullptr;
        while ((rc = st.step()) == SQLITE_ROW) {
            // Rows come in primary key order: a node's properties one after the other.
            const QByteArray rawId = st.bytes(0);
            const QString key = st.text(1);
            if (lastId.isNull() || rawId != lastId) {
                id = QString::fromUtf8(rawId);
                n = d.node(id);
                lastId = rawId.isNull() ? QByteArray("") : rawId;
            }
            if (!n)
                return fail(Tr::tr("the file is damaged: property \"%1\" belongs to no node (\"%2\")").arg(key, id));
            bool ok = false;
            QVariant v = sql::readPropValue(st, 3, st.text(2), &ok);
            if (!ok)
                return fail(Tr::tr("%1, field \"props.%2\": the stored value is damaged").arg(whereNode(id), key));
            n->props.insert(key, std::move(v));
        }
        return rc == SQLITE_DONE || sqlFail();
    }

    bool readLinks()
    {
        sql::Statement st = db.prepare("SELECT ord, id, from_id, to_id, protocol, port, label FROM links ORDER BY ord");
        if (!st.ok())
            return sqlFail();
        int rc;
        int index = 0;
        while ((rc = st.step()) == SQLITE_ROW) {
            Link l;
            l.id = st.text(1);
            if (!isPlainId(l.id))
                return fail(Tr::tr("link #%1, field \"id\": \"%2\" is not a valid id").arg(index + 1).arg(l.id));
            const auto where = [&l, index] { return whereLink(l.id, index); };
            const auto p = protocolFromName(st.text(4));
            if (!p)
                return fail(Tr::tr("%1, field \"protocol\": unknown protocol \"%2\"").arg(where(), st.text(4)));
            l.protocol = *p;
            l.from = st.text(2);
            l.to = st.text(3);
            if (st.columnType(5) != SQLITE_INTEGER)
                return fail(Tr::tr("%1, field \"port\": the stored port is not a whole number").arg(where()));
            const qint64 port = st.int64(5);
            if (port < 0 || port > 65535)
                return fail(Tr::tr("%1, field \"port\": %2 is out of range (1 to 65535)").arg(where()).arg(port));
            l.port = int(port);
            l.label = st.text(6);
            if (d.hasId(l.id))
                return fail(Tr::tr("%1, field \"id\": the id is used twice").arg(where()));
            if (wantOrder)
                order.links.insert(l.id, st.int64(0));
            d.insertLink(std::move(l));
            ++index;
        }
        return rc == SQLITE_DONE || sqlFail();
    }

    bool load()
    {
        if (!db.exec("BEGIN")) // one consistent snapshot
            return sqlFail();
        const qint64 nodes = rowCount(db, "nodes"), links = rowCount(db, "links");
        d.reserve(int(nodes), int(links));
        if (wantOrder) {
            order.nodes.reserve(qsizetype(nodes));
            order.links.reserve(qsizetype(links));
        }
        const bool ok = readDesignRow() && readSuppressions() && readNodes() && readProps() && readLinks();
        db.exec("COMMIT");
        if (!ok)
            return false;
        const QStringList problems = checkDesign(d);
        if (!problems.isEmpty()) {
            QString msg = problems.first();
            if (problems.size() > 1)
                msg += Tr::tr(" (and %n more problem(s))", nullptr, int(problems.size() - 1));
            return fail(msg);
        }
        return true;
    }
};

bool readImpl(const QString &path, Design *out, StoredOrder *order, QString *error)
{
    if (!checkHeader(path, error))
        return false;
    sql::Database file;
    if (!openForReading(path, file, error))
        return false;
    qint64 appId = 0, version = 0;
    if (!file.pragmaInt("application_id", &appId) || !file.pragmaInt("user_version", &version)) {
        *error = damaged(file);
        return false;
    }
    if (appId != kApplicationId) {
        *error = Tr::tr("not a Stackwright file: its SQLite application id is %1, Stackwright's is %2")
                     .arg(hex(appId), hex(kApplicationId));
        return false;
    }
    if (version > sql::kSchemaVersion) {
        *error = Tr::tr("this file was made by a newer Stackwright (file schema version %1; this one reads up to "
                    "version %2)").arg(version).arg(sql::kSchemaVersion);
        return false;
    }
    if (version < 1) {
        *error = Tr::tr("the file is damaged: its schema version is %1").arg(version);
        return false;
    }
    if (!sql::checkSchema(file, int(version), error))
        return false;
    sql::Database memory;
    sql::Database *src = &file;
    if (version < sql::kSchemaVersion) {
        // Upgrade a copy in memory: reading never changes the file.
        if (!memory.open({}, sql::Database::Mode::Memory) || !memory.copyFrom(file)) {
            *error = file.errorCode() != SQLITE_OK ? damaged(file) : damaged(memory);
            return false;
        }
        file.close();
        QString err;
        if (!sql::migrate(memory, int(version), &err)) {
            *error = err;
            return false;
        }
        src = &memory;
    }
    Loader loader{*src, order != nullptr, {}, {}, {}};
    if (!loader.load()) {
        *error = loader.error;
        return false;
    }
    *out = std::move(loader.d);
    if (order)
        *order = std::move(loader.order);
    return true;
}

// Builds the file image of a design in an in-memory database.
bool buildImage(const Design &d, QByteArray *image, int *rows, StoredOrder *order, QString *error)
{
    sql::Database db;
    if (!db.open({}, sql::Database::Mode::Memory)
        || !db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN") || !sql::createSchema(db)) {
        *error = db.errorMessage();
        return false;
    }
    int count = 0;
    auto failed = [&](const QString &msg = {}) {
        *error = msg.isEmpty() ? db.errorMessage() : msg;
        return false;
    };
    sql::Statement design = db.prepare(sql::Sql::insertDesign);
    design.bind(1, d.name);
    design.bind(2, d.profile);
    design.bind(3, QString::fromUtf8(QJsonDocument(d.extensions).toJson(QJsonDocument::Compact)));
    if (!design.run())
        return failed();
    ++count;
    sql::Statement supp = db.prepare(sql::Sql::insertSuppression);
    for (int i = 0; i < d.suppressions.size(); ++i) {
        supp.bind(1, qint64(i + 1));
        supp.bind(2, d.suppressions[i].rule);
        supp.bind(3, d.suppressions[i].reason);
        if (!supp.run())
            return failed();
        ++count;
    }
    sql::Statement node = db.prepare(sql::Sql::insertNode);
    sql::Statement prop = db.prepare(sql::Sql::insertProp);
    sql::Statement link = db.prepare(sql::Sql::insertLink);
    if (!node.ok() || !prop.ok() || !link.ok())
        return failed();
    StoredOrder ords;
    if (order) {
        ords.nodes.reserve(qsizetype(d.nodes().size()));
        ords.links.reserve(qsizetype(d.links().size()));
    }
    const size_t half = d.nodes().size() / 2;
    for (size_t i = 0; i < d.nodes().size(); ++i) {
        const Node &n = d.nodes()[i];
        if (i == half && faultRequested("rows"))
            return failed(Tr::tr("simulated failure while storing the nodes"));
        const qint64 ord = qint64(i + 1) * sql::kOrderGap;
        sql::bindNode(node, ord, n);
        if (!node.run())
            return failed(Tr::tr("%1: %2").arg(whereNode(n.id), db.errorMessage()));
        if (order)
            ords.nodes.insert(n.id, ord);
        for (auto it = n.props.constBegin(); it != n.props.constEnd(); ++it)
            if (!sql::writeProp(prop, n.id, it.key(), *it))
                return failed();
        count += 1 + int(n.props.size());
    }
    for (size_t i = 0; i < d.links().size(); ++i) {
        const Link &l = d.links()[i];
        const qint64 ord = qint64(i + 1) * sql::kOrderGap;
        sql::bindLink(link, ord, l);
        if (!link.run())
            return failed(Tr::tr("%1: %2").arg(whereLink(l.id, int(i)), db.errorMessage()));
        if (order)
            ords.links.insert(l.id, ord);
        ++count;
    }
    if (!db.exec("INSERT INTO meta(key, value) VALUES('writer', 'Stackwright');"
                 "INSERT INTO meta(key, value) VALUES('format_version', '1');"
                 "COMMIT"))
        return failed();
    count += 2;
    *image = db.serialize();
    if (image->isEmpty())
        return failed(Tr::tr("out of memory"));
    *rows = count;
    if (order)
        *order = std::move(ords);
    return true;
}

} // namespace

int schemaVersion() { return sql::kSchemaVersion; }

void setFaultHookForTests(FaultHook hook) { faultHook() = std::move(hook); }

bool faultRequested(const char *stage)
{
    const FaultHook &hook = faultHook();
    return hook && hook(stage);
}

bool read(const QString &path, Design *out, QString *error, StoredOrder *order)
{
    QString err;
    if (readImpl(path, out, order, &err))
        return true;
    if (error)
        *error = err;
    return false;
}

bool write(const Design &design, const QString &path, QString *error, int *rowsWritten, StoredOrder *order)
{
    QByteArray image;
    int rows = 0;
    QString err;
    StoredOrder ords;
    if (!buildImage(design, &image, &rows, order ? &ords : nullptr, &err)) {
        if (error)
            *error = Tr::tr("cannot save it: %1").arg(err);
        return false;
    }
    // QSaveFile writes a temporary file next to `path` and renames it over
    // `path` on commit (after flushing it to disk); until then `path` is untouched.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("cannot write it: %1").arg(f.errorString());
        return false;
    }
    const qsizetype half = image.size() / 2;
    bool ok = writeFully(&f, image.constData(), half, &err);
    if (ok && faultRequested("file")) {
        ok = false;
        err = Tr::tr("simulated failure while writing the file");
    }
    ok = ok && writeFully(&f, image.constData() + half, image.size() - half, &err);
    if (!ok) {
        if (err.isEmpty())
            err = systemErrorText(f);
        f.cancelWriting();
    } else {
        ok = commitSaveFile(f, &err);
    }
    if (!ok) {
        if (error)
            *error = Tr::tr("cannot write it: %1").arg(err);
        return false;
    }
    if (rowsWritten)
        *rowsWritten = rows;
    if (order)
        *order = std::move(ords);
    return true;
}

} // namespace sw::SqliteStore
