// The open document: its file, open/save (JSON or the native file, by
// extension), "unsaved changes" state, the recent-files list, autosave to a
// recovery file a few seconds after the last change, and recovery after a
// crash. Dialogs live in the functions marked "asks"; the rest is silent so
// tests can drive it.
#pragma once

#include "core/io/nativedocument.h"

#include <QObject>
#include <QTimer>

class QUndoStack;
class QWidget;

namespace sw {

class DesignModel;
class Overlay;
class Selection;
class Design;

class DocumentController : public QObject {
    Q_OBJECT
public:
    DocumentController(DesignModel *model, QUndoStack *undo, Selection *selection, Overlay *overlay,
                       QWidget *window);
    ~DocumentController() override;

    QString path() const { return m_path; }
    // What the last .stackwright save wrote (incremental or full, rows written).
    NativeDocument::SaveStats lastNativeSave() const { return m_native.lastSave(); }
    bool isModified() const;
    // "name — file" for the window title, with the [*] placeholder.
    QString windowTitle() const;

    // Silent operations. A refused file leaves the open document untouched.
    bool openFile(const QString &path, QString *error);
    bool saveTo(const QString &path, QString *error);
    bool newFromTemplate(const QString &name, QString *error);
    void newEmpty();

    // Autosave and recovery.
    static QString recoveryPath();
    bool hasRecovery() const;
    bool recover(QString *error);
    void discardRecovery();
    void writeAutosave();
    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }

    QStringList recentFiles() const;

    // Asking versions (message boxes, file dialogs).
    bool maybeSave();            // false: the user cancelled
    void open();
    void openPath(const QString &path);
    bool save();
    bool saveAs();
    void offerRecovery();

signals:
    void titleChanged();
    void recentFilesChanged();
    void documentOpened();

private:
    void adopt(Design design, const QString &path, bool modified);
    void addRecent(const QString &path);

    DesignModel *m_model;
    QUndoStack *m_undo;
    Selection *m_selection;
    Overlay *m_overlay;
    QWidget *m_window;
    QString m_path;
    NativeDocument m_native; // .stackwright saves write only what changed
    bool m_forceModified = false;
    QTimer m_autosave;
};

} // namespace sw
