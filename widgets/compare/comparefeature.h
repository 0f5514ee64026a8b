// File > Compare With…: attaches the comparison (session, canvas marks,
// dock) to the editor. compareWith() is what the menu and the app's
// --compare option call.
#pragma once

#include "widgets/canvas/editorcontext.h"

#include <QObject>

namespace sw {

class CompareSession;
class CompareMarks;
class ComparePanel;

class CompareFeature : public QObject {
    Q_OBJECT
public:
    explicit CompareFeature(EditorContext &ctx);

    // Compares the open design with the design in `path` (the old side).
    bool compareWith(const QString &path, QString *error);
    void compareWith(const Design &other, const QString &name);
    void stop();

    CompareSession *session() const { return m_session; }
    CompareMarks *marks() const { return m_marks; }
    ComparePanel *panel() const { return m_panel; }

private:
    void chooseFile();
    void shown();

    EditorContext m_ctx;
    CompareSession *m_session;
    CompareMarks *m_marks = nullptr;
    ComparePanel *m_panel;
    QWidget *m_dock;
};

void attachCompare(EditorContext &ctx);

} // namespace sw
