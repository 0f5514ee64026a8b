// The app server: a systemd unit running gunicorn from the codebase's
// virtual environment (Restart=on-failure), and its environment file
// (database address, the app's database password as a deploy variable).
#pragma once

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

struct GunicornInput {
    QString unit;          // "gunicorn-<id>"
    QString description;   // our own text (ids only)
    QString user;          // system user
    QString workDir;       // the checkout
    QString venv;
    QString bind;          // "0.0.0.0:8000"
    int workers = 3;
    QString envFile;       // /etc/stackwright/<unit>.env
    QString logDir;        // /var/log/<unit>
};

// /etc/systemd/system/<unit>.service
QString gunicornUnit(const GunicornInput &in);

struct AppEnvInput {
    QString databaseHost;          // the primary; empty: no database linked
    int databasePort = 3306;
    QStringList replicaHosts;      // read-only replicas, if any
    QString databaseName = QStringLiteral("app");
    QString databaseUser = QStringLiteral("app");
    QString cacheHost;             // the cache the app links to; empty: none
    int cachePort = 6379;
    QString cacheEngine;           // "redis" (with the password of cache_password) or "memcached"
};

// /etc/stackwright/<unit>.env (mode 0640): GUNICORN_APP and DATABASE_* with
// the password from the variable mysql_app_password.
QVector<TextPart> appEnvironment(const AppEnvInput &in);

} // namespace sw::bundle
