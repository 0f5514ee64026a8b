#include "core/io/sqlitedb.h"

#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace sw::sql {

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (!db || sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement &&o) noexcept : m_stmt(o.m_stmt), m_db(o.m_db), m_text(std::move(o.m_text))
{
    o.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_stmt = o.m_stmt;
        m_db = o.m_db;
        m_text = std::move(o.m_text);
        o.m_stmt = nullptr;
    }
    return *this;
}

void Statement::bind(int i, const QString &s)
{
    // SQLite keeps a pointer to the text (no copy) until the next bind of `i`.
    if (m_text.size() <= size_t(i))
        m_text.resize(size_t(i) + 1);
    QByteArray &u = m_text[size_t(i)];
    u = s.toUtf8();
    sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_STATIC);
}

void Statement::bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
void Statement::bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
void Statement::bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

int Statement::step() { return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE; }

bool Statement::run(int *changes)
{
    int rc;
    while ((rc = step()) == SQLITE_ROW) {
    }
    if (changes)
        *changes = rc == SQLITE_DONE ? sqlite3_changes(m_db) : 0;
    reset();
    return rc == SQLITE_DONE;
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

int Statement::columnType(int col) const { return sqlite3_column_type(m_stmt, col); }
bool Statement::isNull(int col) const { return columnType(col) == SQLITE_NULL; }

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArray Statement::bytes(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

Database::~Database() { close(); }

bool Database::open(const QString &path, Mode mode)
{
    close();
    int flags = 0;
    QByteArray name;
    switch (mode) {
    case Mode::ReadOnly:
        // immutable: SQLite takes no lock, never rolls back a journal, never
        // creates a -shm or -wal file: reading cannot change anything on disk.
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?mode=ro&immutable=1";
        break;
    case Mode::ReadWrite:
        flags = SQLITE_OPEN_READWRITE; // never creates a file
        name = path.toUtf8();
        break;
    case Mode::Memory:
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY;
        name = ":memory:";
        break;
    }
    flags |= SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (m_db)
        sqlite3_extended_result_codes(m_db, 1);
    return rc == SQLITE_OK;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql) { return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

bool Database::pragmaInt(const char *name, qint64 *out)
{
    Statement st(m_db, QByteArray("PRAGMA ").append(name).constData());
    if (!st.ok() || st.step() != SQLITE_ROW)
        return false;
    *out = st.int64(0);
    return true;
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
}

int Database::errorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_NOMEM; }

QByteArray Database::serialize() const
{
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(m_db, "main", &size, 0);
    if (!data)
        return {};
    QByteArray out(reinterpret_cast<const char *>(data), qsizetype(size));
    sqlite3_free(data);
    return out;
}

bool Database::copyFrom(Database &from)
{
    sqlite3_backup *b = sqlite3_backup_init(m_db, "main", from.m_db, "main");
    if (!b)
        return false;
    const int rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    return rc == SQLITE_DONE;
}

} // namespace sw::sql
