// The properties panel: a typed editor for each property of the selected node
// (combo boxes for choices and node references, spin boxes for numbers, line
// edits checked as you type), its label, or the selected link's protocol,
// port and label. Every change is an undo command; a bad value is named and
// refused, the model keeps the old one.
#pragma once

#include <QWidget>
#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace sw {

class DesignModel;
class Selection;
struct PropertySpec;

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    PropertiesPanel(DesignModel *model, QUndoStack *undo, Selection *selection, QWidget *parent = nullptr);

    // The editor of a property key (or "label", "protocol", "port", "linkLabel"), for tests.
    QWidget *editor(const QString &key) const;
    // The message shown under the editors (a refused value), empty when none.
    QString message() const;
    // The words shown right under a field (a refused value), empty when none.
    QString fieldError(const QString &key) const;

private:
    void rebuild();
    void refresh();
    void buildDesign();
    void buildNode(const QString &id);
    void buildLink(const QString &id);
    QWidget *makePropEditor(const QString &nodeId, const PropertySpec &spec);
    void addTextEditor(const QString &key, QLineEdit *edit, const std::function<QString()> &current,
                       const std::function<QString(const QString &)> &check,
                       const std::function<void(const QString &)> &commit, const QString &allowed = {});
    static QString allowedValues(const PropertySpec &spec);
    // Adds a form row, then the field's error line and readable names, if any.
    void addRow(QWidget *label, QWidget *field, const QString &key);
    void showMessage(const QString &text);
    void clear();

    DesignModel *m_model;
    QUndoStack *m_undo;
    Selection *m_selection;
    QString m_current;       // the node or link shown
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;   // key -> the words under its field
    QHash<QString, QLabel *> m_refNames;      // key -> the nodes a reference list names
    std::vector<std::function<void()>> m_refreshers;
};

} // namespace sw
