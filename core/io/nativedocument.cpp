#include "core/io/nativedocument.h"

#include "core/io/sqlitedb.h"
#include "core/io/sqliteschema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <sqlite3.h>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::NativeDocument)
};

// New ords for rows in their new document order `ids`. Rows whose old ords
// are still in increasing order (a longest increasing subsequence) keep them;
// the others get ords between their kept neighbours, away from any ord a
// moved row still holds. False when there is no room between two neighbours.
bool assignOrders(const QStringList &ids, const QHash<QString, qint64> &old, QHash<QString, qint64> *out)
{
    const int n = int(ids.size());
    std::vector<qint64> oldOrd(size_t(n), -1);
    for (int i = 0; i < n; ++i)
        oldOrd[size_t(i)] = old.value(ids[i], -1);
    // Longest strictly increasing subsequence over rows that existed.
    std::vector<int> tails, prevOf(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        if (oldOrd[size_t(i)] < 0)
            continue;
        auto pos = std::lower_bound(tails.begin(), tails.end(), oldOrd[size_t(i)],
                                    [&](int t, qint64 v) { return oldOrd[size_t(t)] < v; });
        if (pos != tails.begin())
            prevOf[size_t(i)] = *(pos - 1);
        if (pos == tails.end())
            tails.push_back(i);
        else
            *pos = i;
    }
    std::vector<char> keep(size_t(n), 0);
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = prevOf[size_t(i)])
        keep[size_t(i)] = 1;
    QSet<qint64> movedOld;
    for (int i = 0; i < n; ++i)
        if (!keep[size_t(i)] && oldOrd[size_t(i)] >= 0)
            movedOld.insert(oldOrd[size_t(i)]);

    out->clear();
    out->reserve(n);
    qint64 prev = 0;
    for (int i = 0; i < n; ++i) {
        if (keep[size_t(i)]) {
            prev = oldOrd[size_t(i)];
            out->insert(ids[i], prev);
            continue;
        }
        int next = i;
        while (next < n && !keep[size_t(next)])
            ++next;
        const bool open = next == n;
        const qint64 hi = open ? 0 : oldOrd[size_t(next)];
        for (int j = i; j < next; ++j) {
            qint64 v;
            if (open) {
                if (prev > (qint64(1) << 61))
                    return false;
                v = prev + sql::kOrderGap;
            } else {
                v = prev + (hi - prev) / (next - j + 1);
            }
            while (movedOld.contains(v))
                ++v;
            if (v <= prev || (!open && v >= hi))
                return false;
            out->insert(ids[j], v);
            prev = v;
        }
        i = next - 1;
    }
    return true;
}

bool samePos(const Node &a, const Node &b)
{
    return a.hasPos == b.hasPos && (!a.hasPos || a.pos == b.pos);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a == b && sql::propTypeCode(a) == sql::propTypeCode(b);
}

// One incremental save's statements and row count.
struct Writer {
    sql::Database &db;
    int rows = 0;

    bool run(sql::Statement &st)
    {
        int changes = 0;
        if (!st.run(&changes))
            return false;
        rows += changes;
        return true;
    }
};
} // namespace

NativeDocument::Fingerprint NativeDocument::fingerprintOf(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return {};
    return {fi.size(), fi.lastModified()};
}

void NativeDocument::remember(const QString &path, const Design &design, SqliteStore::StoredOrder order)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_baseline = design;
    m_order = std::move(order);
    m_fingerprint = fingerprintOf(m_path);
}

void NativeDocument::clear()
{
    m_path.clear();
    m_baseline = Design();
    m_order = {};
    m_fingerprint = {};
    m_lastSave = {};
}

bool NativeDocument::load(const QString &path, Design *out, QString *error)
{
    Design d;
    SqliteStore::StoredOrder order;
    QString err;
    if (!SqliteStore::read(path, &d, &err, &order)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, err);
        return false;
    }
    remember(path, d, std::move(order));
    *out = std::move(d);
    return true;
}

bool NativeDocument::save(const Design &design, const QString &path, QString *error)
{
    m_lastSave = {};
    QString err;
    if (hasBaseline() && QFileInfo(path).absoluteFilePath() == m_path && fingerprintOf(path) == m_fingerprint) {
        if (saveIncremental(design, &err))
            return true;
        if (!err.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, err);
            return false;
        }
    }
    int rows = 0;
    SqliteStore::StoredOrder order;
    if (!SqliteStore::write(design, path, &err, &rows, &order)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, err);
        return false;
    }
    remember(path, design, std::move(order));
    m_lastSave = {false, rows};
    return true;
}

bool NativeDocument::saveIncremental(const Design &d, QString *error)
{
    const Design &old = m_baseline;
    SqliteStore::StoredOrder order;
    QStringList nodeIds, linkIds;
    nodeIds.reserve(int(d.nodes().size()));
    for (const Node &n : d.nodes())
        nodeIds << n.id;
    for (const Link &l : d.links())
        linkIds << l.id;
    if (!assignOrders(nodeIds, m_order.nodes, &order.nodes) || !assignOrders(linkIds, m_order.links, &order.links))
        return false; // no room in the order: a full save renumbers

    sql::Database db;
    qint64 appId = 0, version = 0;
    if (!db.open(m_path, sql::Database::Mode::ReadWrite)
        || !db.exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL")
        || !db.pragmaInt("application_id", &appId) || !db.pragmaInt("user_version", &version)
        || appId != SqliteStore::kApplicationId || version != sql::kSchemaVersion)
        return false;
    if (!db.exec("BEGIN IMMEDIATE"))
        return false;
    Writer w{db};
    bool ok = true;

    // Design-wide values.
    if (d.name != old.name || d.profile != old.profile || d.extensions != old.extensions) {
        sql::Statement st = db.prepare("UPDATE design SET name = ?1, profile = ?2, extensions = ?3");
        st.bind(1, d.name);
        st.bind(2, d.profile);
        st.bind(3, QString::fromUtf8(QJsonDocument(d.extensions).toJson(QJsonDocument::Compact)));
        ok = w.run(st);
    }
    if (ok && d.suppressions != old.suppressions) {
        sql::Statement del = db.prepare("DELETE FROM suppressions");
        sql::Statement ins = db.prepare(sql::Sql::insertSuppression);
        ok = w.run(del);
        for (int i = 0; ok && i < d.suppressions.size(); ++i) {
            ins.bind(1, qint64(i + 1));
            ins.bind(2, d.suppressions[i].rule);
            ins.bind(3, d.suppressions[i].reason);
            ok = w.run(ins);
        }
    }

    // Nodes and their properties: deletions first, so their ords are free.
    sql::Statement delNode = db.prepare("DELETE FROM nodes WHERE id = ?1");
    sql::Statement delProps = db.prepare("DELETE FROM node_props WHERE node = ?1");
    sql::Statement delProp = db.prepare("DELETE FROM node_props WHERE node = ?1 AND key = ?2");
    sql::Statement insNode = db.prepare(sql::Sql::insertNode);
    sql::Statement updNode = db.prepare(sql::Sql::updateNode);
    sql::Statement insProp = db.prepare(sql::Sql::insertProp);
    ok = ok && delNode.ok() && delProps.ok() && delProp.ok() && insNode.ok() && updNode.ok() && insProp.ok();
    for (const Node &n : old.nodes()) {
        if (!ok)
            break;
        if (d.node(n.id))
            continue;
        delNode.bind(1, n.id);
        delProps.bind(1, n.id);
        ok = w.run(delNode) && w.run(delProps);
    }
    for (const Node &n : d.nodes()) {
        if (!ok)
            break;
        const qint64 ord = order.nodes.value(n.id);
        const Node *was = old.node(n.id);
        if (!was) {
            sql::bindNode(insNode, ord, n);
            ok = w.run(insNode);
            for (auto it = n.props.constBegin(); ok && it != n.props.constEnd(); ++it) {
                int changes = 0;
                ok = sql::writeProp(insProp, n.id, it.key(), *it, &changes);
                w.rows += changes;
            }
            continue;
        }
        if (ord != m_order.nodes.value(n.id) || n.kind != was->kind || n.label != was->label
            || n.parent != was->parent || !samePos(n, *was)) {
            sql::bindNode(updNode, ord, n);
            ok = w.run(updNode);
        }
        for (auto it = was->props.constBegin(); ok && it != was->props.constEnd(); ++it) {
            if (n.props.contains(it.key()))
                continue;
            delProp.bind(1, n.id);
            delProp.bind(2, it.key());
            ok = w.run(delProp);
        }
        for (auto it = n.props.constBegin(); ok && it != n.props.constEnd(); ++it) {
            const auto prev = was->props.constFind(it.key());
            if (prev != was->props.constEnd() && sameValue(*prev, *it))
                continue;
            int changes = 0;
            ok = sql::writeProp(insProp, n.id, it.key(), *it, &changes);
            w.rows += changes;
        }
    }
    if (ok && SqliteStore::faultRequested("incremental")) {
        db.exec("ROLLBACK");
        *error = Tr::tr("cannot write it: simulated failure during the save");
        return false;
    }

    // Links.
    sql::Statement delLink = db.prepare("DELETE FROM links WHERE id = ?1");
    sql::Statement insLink = db.prepare(sql::Sql::insertLink);
    sql::Statement updLink = db.prepare(sql::Sql::updateLink);
    ok = ok && delLink.ok() && insLink.ok() && updLink.ok();
    for (const Link &l : old.links()) {
        if (!ok)
            break;
        if (d.link(l.id))
            continue;
        delLink.bind(1, l.id);
        ok = w.run(delLink);
    }
    for (const Link &l : d.links()) {
        if (!ok)
            break;
        const qint64 ord = order.links.value(l.id);
        const Link *was = old.link(l.id);
        if (!was) {
            sql::bindLink(insLink, ord, l);
            ok = w.run(insLink);
        } else if (ord != m_order.links.value(l.id) || *was != l) {
            sql::bindLink(updLink, ord, l);
            ok = w.run(updLink);
        }
    }

    if (!ok || !db.exec("COMMIT")) {
        // Whatever went wrong, the journal puts the file back; a full save
        // (atomic too) gets its chance.
        db.exec("ROLLBACK");
        return false;
    }
    db.close();
    m_baseline = d;
    m_order = std::move(order);
    m_fingerprint = fingerprintOf(m_path);
    m_lastSave = {true, w.rows};
    return true;
}

} // namespace sw
