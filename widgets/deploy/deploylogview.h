// The live logs of a deploy run: one tab per server (stdout in the normal
// colour, stderr in red, the engine's own notes in grey) and a summary tab.
#pragma once

#include "deploy/ssh/deploytypes.h"

#include <QHash>
#include <QTabWidget>

class QPlainTextEdit;

namespace sw {

class DeployLogView : public QTabWidget {
    Q_OBJECT
public:
    explicit DeployLogView(QWidget *parent = nullptr);

    // Empties everything and makes one tab per server.
    void reset(const QStringList &servers);
    void appendLine(const QString &server, OutputStream stream, const QString &line);
    void showServer(const QString &server);
    void setSummary(const QString &headline, const QStringList &lines);
    QString text(const QString &server) const;

private:
    QPlainTextEdit *makeLog();

    QHash<QString, QPlainTextEdit *> m_logs;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace sw
