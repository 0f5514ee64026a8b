// The ids selected in the editor, shared by the canvas and the panels (a
// finding selects its nodes, the canvas shows them). Not part of the design.
#pragma once

#include <QObject>
#include <QStringList>

namespace sw {

class Selection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    const QStringList &ids() const { return m_ids; }
    bool contains(const QString &id) const { return m_ids.contains(id); }
    void set(const QStringList &ids)
    {
        if (ids == m_ids)
            return;
        m_ids = ids;
        emit changed();
    }
    void clear() { set({}); }
    // Asks the properties panel to put the cursor into the editor of `key`
    // of the selected node (the focus fix of a PROP-MISSING finding).
    void focusProperty(const QString &key) { emit focusPropertyRequested(key); }

signals:
    void changed();
    void focusPropertyRequested(const QString &key);

private:
    QStringList m_ids;
};

} // namespace sw
