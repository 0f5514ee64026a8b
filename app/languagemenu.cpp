#include "app/languagemenu.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMutex>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QToolButton>
#include <QTableWidget>
#include <QTreeWidget>

namespace sw {

namespace {

const char kSettingKey[] = "ui/language";
QPointer<LanguageSwitcher> g_instance;

} // namespace

// Serves Stackwright's translations for one language (none for English) and
// remembers, for every text it was asked for, which source it came from: the
// switcher looks a text shown on screen up in it to translate it again.
class RecordingTranslator : public QTranslator {
public:
    struct Origin {
        QByteArray context, source, disambiguation;
    };

    bool loadLanguage(const QString &code)
    {
        m_file = std::make_unique<QTranslator>();
        if (code == QLatin1String("en"))
            return true;
        return m_file->load(QStringLiteral(":/i18n/stackwright_%1.qm").arg(code));
    }

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString t = m_file ? m_file->translate(context, source, disambiguation, n) : QString();
        if (n < 0 && context && source && *source) {
            const QString shown = t.isEmpty() ? QString::fromUtf8(source) : t;
            QMutexLocker lock(&m_mutex);
            if (!m_seen.contains(shown))
                m_seen.insert(shown, Origin{context, source, disambiguation});
        }
        return t;
    }
    bool isEmpty() const override { return false; }

    bool origin(const QString &shown, Origin *out) const
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_seen.constFind(shown);
        if (it == m_seen.constEnd())
            return false;
        *out = *it;
        return true;
    }

private:
    std::unique_ptr<QTranslator> m_file;
    mutable QMutex m_mutex;
    mutable QHash<QString, Origin> m_seen;
};

LanguageSwitcher::LanguageSwitcher(QObject *owner)
    : QObject(owner), m_app(std::make_unique<RecordingTranslator>()), m_qt(std::make_unique<QTranslator>())
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    // Owned by the application: gone with it, when there is nothing to remove from.
    if (!QCoreApplication::instance())
        return;
    QCoreApplication::removeTranslator(m_app.get());
    QCoreApplication::removeTranslator(m_qt.get());
}

LanguageSwitcher *LanguageSwitcher::install(QObject *owner)
{
    auto *s = new LanguageSwitcher(owner);
    g_instance = s;
    s->m_setting = QSettings().value(QLatin1String(kSettingKey)).toString();
    if (!languages().contains(s->m_setting))
        s->m_setting.clear();
    s->apply(s->m_setting.isEmpty() ? systemLanguage() : s->m_setting);
    return s;
}

LanguageSwitcher *LanguageSwitcher::instance() { return g_instance; }

QStringList LanguageSwitcher::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString LanguageSwitcher::systemLanguage()
{
    // uiLanguages() follows LANGUAGE, then LC_ALL/LC_MESSAGES/LANG.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageSwitcher::apply(const QString &code)
{
    QCoreApplication::removeTranslator(m_app.get());
    QCoreApplication::removeTranslator(m_qt.get());
    m_current = code;
    if (!m_app->loadLanguage(code))
        qWarning("Stackwright has no translations for %s", qPrintable(code));
    m_qt = std::make_unique<QTranslator>();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (code != QLatin1String("en") && !m_qt->load(QStringLiteral("qtbase_") + code, qtDir))
        qWarning("Qt's own translations for %s are not in %s (Debian: qt6-translations-l10n)", qPrintable(code),
                 qPrintable(qtDir));
    QLocale::setDefault(QLocale(code));
    QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
}

void LanguageSwitcher::setLanguage(const QString &code)
{
    m_setting = languages().contains(code) ? code : QString();
    QSettings().setValue(QLatin1String(kSettingKey), m_setting);
    const QString wanted = m_setting.isEmpty() ? systemLanguage() : m_setting;
    if (wanted == m_current)
        return;
    apply(wanted);
    retranslateWindows();
    emit languageChanged(m_current);
}

QString LanguageSwitcher::retranslated(const QString &text) const
{
    RecordingTranslator::Origin o;
    if (text.isEmpty() || !m_app->origin(text, &o))
        return text;
    return QCoreApplication::translate(o.context.constData(), o.source.constData(),
                                       o.disambiguation.isEmpty() ? nullptr : o.disambiguation.constData());
}

void LanguageSwitcher::retranslateWindows()
{
    auto again = [this](const QString &t, auto set) {
        const QString n = retranslated(t);
        if (n != t)
            set(n);
    };
    QSet<QAction *> actions;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QAction *a : top->findChildren<QAction *>())
            actions.insert(a);
        for (QWidget *w : std::as_const(widgets)) {
            for (QAction *a : w->actions())
                actions.insert(a);
            if (auto *m = qobject_cast<QMenu *>(w))
                actions.insert(m->menuAction());
            again(w->windowTitle(), [w](const QString &s) { w->setWindowTitle(s); });
            again(w->toolTip(), [w](const QString &s) { w->setToolTip(s); });
            again(w->statusTip(), [w](const QString &s) { w->setStatusTip(s); });
            again(w->whatsThis(), [w](const QString &s) { w->setWhatsThis(s); });
            again(w->accessibleName(), [w](const QString &s) { w->setAccessibleName(s); });
            again(w->accessibleDescription(), [w](const QString &s) { w->setAccessibleDescription(s); });
            if (auto *l = qobject_cast<QLabel *>(w))
                again(l->text(), [l](const QString &s) { l->setText(s); });
            if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                auto *tool = qobject_cast<QToolButton *>(w);
                if (!tool || !tool->defaultAction()) // an action's button follows its action
                    again(b->text(), [b](const QString &s) { b->setText(s); });
            }
            if (auto *e = qobject_cast<QLineEdit *>(w))
                again(e->placeholderText(), [e](const QString &s) { e->setPlaceholderText(s); });
            if (auto *g = qobject_cast<QGroupBox *>(w))
                again(g->title(), [g](const QString &s) { g->setTitle(s); });
            if (auto *t = qobject_cast<QTabWidget *>(w))
                for (int i = 0; i < t->count(); ++i)
                    again(t->tabText(i), [t, i](const QString &s) { t->setTabText(i, s); });
            if (auto *c = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < c->count(); ++i)
                    again(c->itemText(i), [c, i](const QString &s) { c->setItemText(i, s); });
            if (auto *tree = qobject_cast<QTreeWidget *>(w))
                for (int i = 0; i < tree->columnCount(); ++i)
                    again(tree->headerItem()->text(i), [tree, i](const QString &s) { tree->headerItem()->setText(i, s); });
            if (auto *list = qobject_cast<QListWidget *>(w))
                for (int i = 0; i < list->count(); ++i) {
                    QListWidgetItem *item = list->item(i);
                    again(item->text(), [item](const QString &s) { item->setText(s); });
                    again(item->toolTip(), [item](const QString &s) { item->setToolTip(s); });
                }
            if (auto *table = qobject_cast<QTableWidget *>(w))
                for (int i = 0; i < table->columnCount(); ++i)
                    if (QTableWidgetItem *h = table->horizontalHeaderItem(i))
                        again(h->text(), [h](const QString &s) { h->setText(s); });
        }
    }
    for (QAction *a : std::as_const(actions)) {
        again(a->text(), [a](const QString &s) { a->setText(s); });
        again(a->statusTip(), [a](const QString &s) { a->setStatusTip(s); });
        again(a->whatsThis(), [a](const QString &s) { a->setWhatsThis(s); });
        const QString tip = a->toolTip();
        again(tip, [a](const QString &s) { a->setToolTip(s); });
    }
}

QMenu *LanguageSwitcher::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->menuAction()->setStatusTip(tr("The language of the menus, panels, messages and reports"));
    auto *group = new QActionGroup(menu);
    auto add = [this, menu, group](const QString &code, const QString &text) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == m_setting);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    };
    add(QString(), tr("System Default"));
    menu->addSeparator();
    // Each language by its own name (not translated): people find theirs.
    for (const QString &code : languages()) {
        const QString name = QLocale(code).nativeLanguageName();
        add(code, name.left(1).toUpper() + name.mid(1));
    }
    return menu;
}

} // namespace sw
