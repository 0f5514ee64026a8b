// Rules about the databases: DB-SINGLE-WRITER, REPLICA-WITHOUT-PRIMARY,
// MULTIPLE-PRIMARIES.
#include "core/rules/ruleids.h"
#include "core/rules/rulechecks.h"

namespace sw::checks {

namespace {
bool isPrimary(const Node *db) { return db->propString(QStringLiteral("role")) == QLatin1String("primary"); }
} // namespace

void data(const RuleContext &c, FindingSink &out)
{
    QVector<const Node *> primaries;
    QSet<QString> followed;
    for (const Node *db : c.ofKind(Kind::Database)) {
        if (isPrimary(db)) {
            primaries.append(db);
            continue;
        }
        const QString from = db->propString(QStringLiteral("replicates_from"));
        const Node *p = from.isEmpty() ? nullptr : c.node(from);
        if (p && p->kind == Kind::Database && isPrimary(p)) {
            followed.insert(p->id);
            continue;
        }
        out.add(rule::ReplicaWithoutPrimary, {db->id},
                from.isEmpty() ? ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Replica \"%1\" does not say which primary it replicates from.")).arg(db->displayLabel())
                               : ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Replica \"%1\" replicates from \"%2\", which is not a primary database."))
                                     .arg(db->displayLabel(), from));
    }
    if (primaries.size() == 1 && !followed.contains(primaries.first()->id)) {
        const Node *p = primaries.first();
        const QString server = c.serverOf(p->id);
        out.add(rule::DbSingleWriter, {server.isEmpty() ? p->id : server},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Database \"%1\" is the only one and no replica follows it.")).arg(p->displayLabel()));
    }
    if (primaries.size() >= 2) {
        QStringList ids;
        for (const Node *p : primaries)
            ids << p->id;
        out.add(rule::MultiplePrimaries, ids,
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "%1 databases accept writes: \"%2\".")).arg(primaries.size()).arg(ids.join(QStringLiteral("\", \""))));
    }
}

} // namespace sw::checks

namespace sw::catalog {

// The catalog entries of the rules above (rulecatalog.h).
QVector<RuleInfo> data()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::DbSingleWriter, S::Warning, T::Data, 60,
         QT_TRANSLATE_NOOP("sw::Rules", "One database and no replica"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "All data lives in one database that accepts every write. If it fails the data is unavailable "
             "and may be lost since the last backup, and every read and write competes for the same "
             "machine. A replica keeps a live copy, can serve reads and can become the primary."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a replica database on another server that replicates from the primary, and let the "
             "application servers read from it.")},
        {rule::ReplicaWithoutPrimary, S::Error, T::Data, 210,
         QT_TRANSLATE_NOOP("sw::Rules", "Replica without a primary"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A replica copies every change from its primary. Without a primary to follow it never "
             "receives changes and serves stale or empty data."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Set the replica's \"replicates from\" to the primary database, or make it a primary.")},
        {rule::MultiplePrimaries, S::Warning, T::Data, 220,
         QT_TRANSLATE_NOOP("sw::Rules", "Several primary databases"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Two databases that both accept writes for the same application drift apart: each has changes "
             "the other lacks, and the application sees different data depending on where it writes."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Keep one primary and make the other databases replicas that replicate from it.")},
    };
}

} // namespace sw::catalog
