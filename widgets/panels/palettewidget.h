// The palette: every kind with its icon and name, a search box, drag a kind
// onto the canvas or activate it (double-click, Enter) to add it at the
// centre of the view.
#pragma once

#include "core/model/kinds.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace sw {

class PaletteWidget : public QWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget *parent = nullptr);
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *list() const { return m_list; }
    // Focuses the search box with its text selected (the "add node" shortcut).
    void focusSearch();

signals:
    void kindActivated(sw::Kind kind);

private:
    void filter(const QString &text);
    void activateFirstVisible();
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace sw
