#include "app/documentcontroller.h"

#include "core/io/designfile.h"
#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace sw {

namespace {
const QString kRecent = QStringLiteral("recentFiles");
QString fileFilter()
{
    return DocumentController::tr("Stackwright designs (*.stackwright *.json);;Stackwright file (*.stackwright);;"
                                  "JSON design (*.json);;All files (*)");
}
} // namespace

DocumentController::DocumentController(DesignModel *model, QUndoStack *undo, Selection *selection, Overlay *overlay,
                                       QWidget *window)
    : QObject(window), m_model(model), m_undo(undo), m_selection(selection), m_overlay(overlay), m_window(window)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(3000);
    connect(&m_autosave, &QTimer::timeout, this, &DocumentController::writeAutosave);
    connect(model, &DesignModel::changed, this, [this] { m_autosave.start(); });
    connect(undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean && !m_forceModified)
            discardRecovery();
        emit titleChanged();
    });
}

DocumentController::~DocumentController() = default;

bool DocumentController::isModified() const { return m_forceModified || !m_undo->isClean(); }

QString DocumentController::windowTitle() const
{
    const QString file = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    return tr("%1[*] — %2 — Stackwright").arg(file, m_model->design().name);
}

void DocumentController::adopt(Design design, const QString &path, bool modified)
{
    bool unpositioned = false;
    for (const Node &n : design.nodes())
        unpositioned = unpositioned || !n.hasPos;
    if (unpositioned)
        placeUnpositioned(design);
    if (m_selection)
        m_selection->clear();
    if (m_overlay) {
        m_overlay->setBadges({});
        m_overlay->setFailed({});
        m_overlay->setHighlighted({});
        m_overlay->clearRunStates();
    }
    m_model->reset(std::move(design));
    m_undo->clear();
    m_undo->setClean();
    m_path = path;
    m_forceModified = modified;
    m_autosave.stop();
    emit titleChanged();
    emit documentOpened();
}

bool DocumentController::openFile(const QString &path, QString *error)
{
    Design d;
    const bool native = formatForPath(path) == FileFormat::Native;
    if (!(native ? m_native.load(path, &d, error) : loadDesignFile(path, &d, error)))
        return false;
    if (!native)
        m_native.clear();
    adopt(std::move(d), QFileInfo(path).absoluteFilePath(), false);
    addRecent(m_path);
    return true;
}

bool DocumentController::saveTo(const QString &path, QString *error)
{
    const bool ok = formatForPath(path) == FileFormat::Native ? m_native.save(m_model->design(), path, error)
                                                              : saveDesignFile(m_model->design(), path, error);
    if (!ok)
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_forceModified = false;
    m_undo->setClean();
    discardRecovery();
    addRecent(m_path);
    emit titleChanged();
    return true;
}

bool DocumentController::newFromTemplate(const QString &name, QString *error)
{
    Design d;
    if (!loadTemplate(name, &d, error))
        return false;
    adopt(std::move(d), QString(), false);
    return true;
}

void DocumentController::newEmpty()
{
    Design d;
    d.name = tr("New design");
    adopt(std::move(d), QString(), false);
}

QString DocumentController::recoveryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery.json"));
}

bool DocumentController::hasRecovery() const { return QFileInfo::exists(recoveryPath()); }

void DocumentController::writeAutosave()
{
    if (!isModified())
        return;
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    QJsonObject root;
    root.insert(QStringLiteral("path"), m_path);
    root.insert(QStringLiteral("design"), toJsonObject(m_model->design()));
    QSaveFile f(recoveryPath());
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

void DocumentController::discardRecovery() { QFile::remove(recoveryPath()); }

bool DocumentController::recover(QString *error)
{
    QFile f(recoveryPath());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the recovery file %1.").arg(recoveryPath());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    Design d;
    if (!readJsonObject(root.value(QStringLiteral("design")).toObject(), &d, error))
        return false;
    adopt(std::move(d), root.value(QStringLiteral("path")).toString(), true);
    emit titleChanged();
    return true;
}

QStringList DocumentController::recentFiles() const { return QSettings().value(kRecent).toStringList(); }

void DocumentController::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 10)
        files.removeLast();
    QSettings().setValue(kRecent, files);
    emit recentFilesChanged();
}

bool DocumentController::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("The design \"%1\" has changes that are not saved. Save them?").arg(m_model->design().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    discardRecovery();
    return true;
}

void DocumentController::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open design"), QFileInfo(m_path).absolutePath(),
                                                      fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

void DocumentController::openPath(const QString &path)
{
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(m_window, tr("Cannot open the design"), error);
}

bool DocumentController::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString error;
    if (!saveTo(m_path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save the design"), error);
        return false;
    }
    return true;
}

bool DocumentController::saveAs()
{
    QString suggestion = m_path;
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(QStringLiteral("design.stackwright"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save design"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save the design"), error);
        return false;
    }
    return true;
}

void DocumentController::offerRecovery()
{
    if (!hasRecovery())
        return;
    const QDateTime when = QFileInfo(recoveryPath()).lastModified();
    const auto answer = QMessageBox::question(
        m_window, tr("Recover unsaved work?"),
        tr("Stackwright was closed without saving changes (autosaved %1). Recover them?")
            .arg(QLocale().toString(when, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        discardRecovery();
        return;
    }
    QString error;
    if (!recover(&error)) {
        QMessageBox::warning(m_window, tr("Cannot recover"), error);
        discardRecovery();
    }
}

} // namespace sw
