// Thin RAII wrappers over the SQLite C API, used by the native file
// (sqlitestore, nativedocument, sqliteschema). Internal to core/io.
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sw::sql {

// One prepared statement. Bind with 1-based indexes, read columns 0-based.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&o) noexcept;
    Statement &operator=(Statement &&o) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }

    void bind(int i, const QString &s);
    void bind(int i, qint64 v);
    void bind(int i, double v);
    void bindNull(int i);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Runs to the end and resets (bindings stay); true on success. `changes` (if given) gets
    // the number of rows this statement inserted, updated or deleted.
    bool run(int *changes = nullptr);
    void reset();

    int columnType(int col) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_NULL ...
    bool isNull(int col) const;
    QString text(int col) const;
    QByteArray bytes(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    std::vector<QByteArray> m_text; // UTF-8 of bound strings, alive until the next bind
};

// One database connection.
class Database {
public:
    // ReadOnly opens immutable (see open()): for files that are only read.
    enum class Mode { ReadOnly, ReadWrite, Memory };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file must exist unless `mode` is Memory (then `path` is ignored).
    bool open(const QString &path, Mode mode);
    void close();
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements without results.
    bool exec(const char *sql);
    Statement prepare(const char *sql) { return Statement(m_db, sql); }
    // Value of an integer pragma ("application_id"); false on error.
    bool pragmaInt(const char *name, qint64 *out);

    QString errorMessage() const;
    int errorCode() const;         // extended result code
    int primaryErrorCode() const { return errorCode() & 0xff; }

    // The whole database as bytes (the file image).
    QByteArray serialize() const;
    // Copies every page of `from` into this database (backup API).
    bool copyFrom(Database &from);

private:
    sqlite3 *m_db = nullptr;
};

} // namespace sw::sql
