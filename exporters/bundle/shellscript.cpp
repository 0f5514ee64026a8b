#include "exporters/bundle/shellscript.h"

#include "exporters/bundle/concerns/concern.h"
#include "exporters/bundle/quoting.h"
#include "exporters/bundle/shelllibrary.h"

#include <QStringList>

namespace sw::bundle {

namespace {

QString q(const QString &s) { return shellQuote(s); }

// Is `line` one of the lines of `text` (split at '\n')? Searched in place.
bool hasLine(const QString &text, const QString &line)
{
    for (qsizetype at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
        const qsizetype end = at + line.size();
        if ((at == 0 || text.at(at - 1) == QLatin1Char('\n')) && (end == text.size() || text.at(end) == QLatin1Char('\n')))
            return true;
    }
    return false;
}

QString delimiterFor(const QString &content)
{
    QString d = QStringLiteral("SW_EOF");
    for (int i = 1; hasLine(content, d); ++i)
        d = QStringLiteral("SW_EOF_%1").arg(i);
    return d;
}

QString variableLines(const StackConfig &cfg, const ServerConfig &sc)
{
    QString s;
    for (const QString &name : sc.variables()) {
        const Variable *v = cfg.variable(name);
        if (!v)
            continue;
        if (v->shellDefault.isEmpty())
            s += QStringLiteral("sw_require %1 %2\n").arg(v->envName(), q(v->description));
        else
            s += QStringLiteral(": \"${%1:=%2}\"\n").arg(v->envName(), v->shellDefault);
        if (name.endsWith(QLatin1String("_password")))
            s += QStringLiteral("sw_password %1\n").arg(v->envName());
    }
    return s;
}

} // namespace

QString shellQuoteList(const QStringList &values)
{
    QStringList out;
    for (const QString &s : values)
        out << q(s);
    return out.join(QLatin1Char(' '));
}

QString replicationPrivileges()
{
    // REPLICATION SLAVE to follow; the rest for the consistent dump a new
    // replica is seeded from (mysqldump --single-transaction --master-data).
    return QStringLiteral("REPLICATION SLAVE, REPLICATION CLIENT, RELOAD, SELECT, LOCK TABLES, SHOW VIEW, TRIGGER, EVENT");
}

QString shellFileCommand(const ConfigFile &f)
{
    QString content;
    QStringList vars;
    for (const TextPart &p : f.parts) {
        if (p.variable) {
            const QString name = p.text.toUpper();
            content += QLatin1String("@@");
            content += name;
            content += QLatin1String("@@");
            vars << name;
        } else {
            content += p.text;
        }
    }
    // Appended piece by piece (no arg() scanning the file's text).
    QString head = QStringLiteral("sw_file ");
    for (const QString *field : {&f.path, &f.mode, &f.owner, &f.group, &f.notify}) {
        head += q(*field);
        head += QLatin1Char(' ');
    }
    head += q(f.validate);
    for (const QString &v : vars) {
        head += QLatin1Char(' ');
        head += v;
    }
    QString out;
    if (!content.endsWith(QLatin1Char('\n'))) {
        const QString quoted = q(content);
        out.reserve(quoted.size() + head.size() + 16);
        out += QLatin1String("printf '%s' ");
        out += quoted;
        out += QLatin1String(" | ");
        out += head;
        out += QLatin1Char('\n');
        return out;
    }
    const QString d = delimiterFor(content);
    out.reserve(head.size() + content.size() + 2 * d.size() + 8);
    out += head;
    out += QLatin1String(" <<'");
    out += d;
    out += QLatin1String("'\n");
    out += content;
    out += d;
    out += QLatin1Char('\n');
    return out;
}

QString serverScript(const StackConfig &cfg, const ServerConfig &sc)
{
    const QString &library = shellLibrary();
    QString s;
    s.reserve(library.size() + 8192); // the library and the sections, without regrowing
    s += QStringLiteral(
        "#!/usr/bin/env bash\n"
        "# Stackwright deploy bundle: provisions one server of the design.\n"
        "# Safe to run again: installs only what is missing, writes a file only when\n"
        "# its content changes, restarts a service only when something it uses changed.\n"
        "# Run as root on the server (deploy.sh does it over ssh).\n"
        "set -euo pipefail\n\n");
    // Values from the design, single-quoted on purpose: shellcheck's "does
    // not expand in single quotes" notes do not apply to data.
    s += QStringLiteral("# shellcheck disable=SC2016,SC1003\n{\n    SW_DESIGN=%1\n    SW_SERVER=%2\n    SW_HOSTNAME=%3\n}\n\n")
             .arg(q(cfg.designName), q(sc.label), q(sc.hostname));
    s += library;
    s += QStringLiteral("\nsw_log \"Provisioning ${SW_SERVER} (${SW_HOSTNAME}) of ${SW_DESIGN}\"\n");
    if (!sc.variables().isEmpty())
        s += QStringLiteral("\n# Values given when running, never stored in the bundle.\n") + variableLines(cfg, sc);

    // One section per concern, in the table's order (concerns/concern.h).
    for (const auto &c : concerns())
        if (c->applies(sc))
            s += c->shellSection(sc);
    for (const auto &c : concerns())
        if (c->applies(sc))
            s += c->shellEpilogue(sc);
    s += QStringLiteral("\nsw_log \"${SW_HOSTNAME} is provisioned\"\n");
    return s;
}

} // namespace sw::bundle
