// The comparison dock: what changed (a click selects it on the canvas), the
// findings that appear and disappear, the availability and nines before and
// after, the single points of failure gained and lost, and the shell bundle
// files that change.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sw {

class CompareSession;
class Selection;

class ComparePanel : public QWidget {
    Q_OBJECT
public:
    ComparePanel(CompareSession *session, Selection *selection, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void refresh();

signals:
    // The user picked a change: the canvas should show these new ids.
    void showRequested(const QStringList &ids);
    void closeRequested();

private:
    void onItemClicked(QTreeWidgetItem *item);
    QTreeWidgetItem *group(const QString &title);

    CompareSession *m_session;
    Selection *m_selection;
    QLabel *m_header;
    QLabel *m_summary;
    QCheckBox *m_layout;
    QTreeWidget *m_tree;
};

} // namespace sw
