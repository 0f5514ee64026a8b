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
        const Node *server = c.serverOf(p);
        out.add(rule::DbSingleWriter, {server ? server->id : p->id},
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
