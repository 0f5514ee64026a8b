// The language of the user interface: the system's by default, or the one
// chosen in View > Language (saved in the settings). Switching needs no
// restart: the translators are swapped, Qt's own widgets retranslate on
// QEvent::LanguageChange, and every text Stackwright set through tr() on the
// open windows (actions, menus, dock titles, labels, buttons, placeholders,
// tool tips, accessible names) is looked up again in the new language.
// Texts built with arguments (a status line, a finding's message) follow on
// their next update.
#pragma once

#include <QHash>
#include <QObject>
#include <QTranslator>
#include <memory>

class QMenu;
class QWidget;

namespace sw {

class RecordingTranslator;

class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    // Installs the translators for the saved (or the system's) language.
    static LanguageSwitcher *install(QObject *owner);
    static LanguageSwitcher *instance();
    ~LanguageSwitcher() override;

    // "en", "fr", "es": the languages Stackwright is translated to.
    static QStringList languages();
    // The language the system asks for, among languages() ("en" when none).
    static QString systemLanguage();

    // The language in use, and the setting ("" = follow the system).
    QString current() const { return m_current; }
    QString setting() const { return m_setting; }
    // Applies `code` ("" = the system's) now and saves it.
    void setLanguage(const QString &code);

    // View > Language: one checkable entry per language and "System default".
    QMenu *createMenu(QWidget *parent);

signals:
    void languageChanged(const QString &code);

private:
    explicit LanguageSwitcher(QObject *owner);
    void apply(const QString &code);
    void retranslateWindows();
    QString retranslated(const QString &text) const;

    QString m_current;
    QString m_setting;
    std::unique_ptr<RecordingTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace sw
