// The first screen: start from an empty design, from a template (each shown
// as a picture of its design) or from a recent file, or open another file.
#pragma once

#include <QDialog>

class QListWidget;

namespace sw {

class StartPage : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, Empty, Template, Recent, Open };

    StartPage(const QStringList &templates, const QStringList &recentFiles, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The template name or the recent file chosen.
    QString chosen() const { return m_chosen; }
    QListWidget *templateList() const { return m_templates; }
    QListWidget *recentList() const { return m_recent; }

    // A picture of a template's design, `size` at most (empty if it cannot load).
    static QPixmap templatePicture(const QString &name, const QSize &size);

private:
    void choose(Choice c, const QString &what);

    QListWidget *m_templates;
    QListWidget *m_recent;
    Choice m_choice = Choice::None;
    QString m_chosen;
};

} // namespace sw
