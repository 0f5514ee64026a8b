// "Send requests" in the request-flow panel: N real requests from the users'
// namespace through DNS and the virtual address of the running lab; the
// numbers (sent, served, failed, median time), every distinct path with its
// count, and each request with the path it took or where it failed.
#pragma once

#include "widgets/lab/labpaths.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace sw {

class LabRequestsPanel : public QWidget {
    Q_OBJECT
public:
    explicit LabRequestsPanel(QWidget *parent = nullptr);

    void setLabRunning(bool running);
    void setBusy(bool busy);
    void setResults(const QVector<RequestPath> &paths, const RequestStats &stats, const QString &error);

    QPushButton *sendButton() const { return m_send; }
    QSpinBox *countBox() const { return m_count; }
    QString numbersText() const;
    const RequestStats &stats() const { return m_stats; }

signals:
    void sendRequested(int count);
    void replayRequested(int index);

private:
    QSpinBox *m_count;
    QPushButton *m_send;
    QLabel *m_numbers, *m_hint;
    QTreeWidget *m_list;
    RequestStats m_stats;
    bool m_running = false, m_busy = false;
};

} // namespace sw
