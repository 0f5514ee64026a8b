// Walks the design with the keyboard along its links, as a request travels:
// from the users' entry (the internet node) towards the database.
//   Tab, Alt+Right        next node along an outgoing link (links that lead
//                         to a database first); Tab on the last node leaves
//                         the canvas, and Tab after tabbing back in starts
//                         again at the entry
//   Shift+Tab, Alt+Left   back the way the walk came (else an incoming link)
//   Alt+Down, Alt+Up      another link at this step (the next alternative)
// The node walked to becomes the selection (so the canvas shows the focus and
// the properties panel follows) and is announced to assistive technology.
// These keys are read by an event filter on the canvas only; they are not
// actions, so they never collide with menu shortcuts (arrow keys alone still
// move the selection, Ctrl+Tab still leaves the canvas).
#pragma once

#include <QObject>
#include <QStringList>

namespace sw {

class CanvasView;

class GraphWalker : public QObject {
    Q_OBJECT
public:
    explicit GraphWalker(CanvasView *view);

    // The node the walk is on (the single selected node), or empty.
    QString current() const;
    // Moves like the keys do; false when there is nowhere to go.
    bool forward();
    bool back();
    bool alternative(int step);   // +1 next, -1 previous

    // The nodes one step ahead of `id`, the ones leading to a database first.
    QStringList nextOf(const QString &id) const;

signals:
    void walkedTo(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString entry() const;
    bool leadsToDatabase(const QString &id) const;
    void go(const QString &id);

    CanvasView *m_view;
    QStringList m_trail;       // the nodes walked through, oldest first
    bool m_restart = false;    // the focus came in with Tab: the next Tab starts at the entry
};

} // namespace sw
