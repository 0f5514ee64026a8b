#include "widgets/panels/propertiespanel.h"

#include "core/commands/designmetacommand.h"
#include "core/commands/editlinkcommand.h"
#include "core/commands/setpropertycommand.h"
#include "core/io/jsonformat.h"
#include "core/model/check.h"
#include "core/model/designmodel.h"
#include "core/model/selection.h"
#include "look/nodepainter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sw {

namespace {
QString kindsTr(const char *s) { return s ? QCoreApplication::translate("sw::Kinds", s) : QString(); }
} // namespace

PropertiesPanel::PropertiesPanel(DesignModel *model, QUndoStack *undo, Selection *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_undo(undo), m_selection(selection)
{
    setObjectName(QStringLiteral("propertiesPanel"));
    setAccessibleName(tr("Properties"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    outer->addWidget(m_title);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(scroll);
    m_form = new QFormLayout(m_body);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(m_body);
    outer->addWidget(scroll, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("propertiesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d93025;"));
    m_message->hide();
    outer->addWidget(m_message);

    connect(selection, &Selection::changed, this, &PropertiesPanel::rebuild);
    connect(selection, &Selection::focusPropertyRequested, this, [this](const QString &key) {
        if (QWidget *w = editor(key))
            w->setFocus(Qt::OtherFocusReason);
    });
    connect(model, &DesignModel::designReset, this, &PropertiesPanel::rebuild);
    connect(model, &DesignModel::nodeChanged, this, [this](const QString &id) { if (id == m_current) refresh(); });
    connect(model, &DesignModel::linkChanged, this, [this](const QString &id) { if (id == m_current) refresh(); });
    connect(model, &DesignModel::metaChanged, this, [this] { if (m_current.isEmpty()) refresh(); });
    connect(model, &DesignModel::nodeRemoved, this, [this](const QString &id) { if (id == m_current) rebuild(); });
    connect(model, &DesignModel::linkRemoved, this, [this](const QString &id) { if (id == m_current) rebuild(); });
    rebuild();
}

// What a text field accepts, said to the user beside a refused value.
QString PropertiesPanel::allowedValues(const PropertySpec &spec)
{
    switch (spec.type) {
    case PropType::Address: return tr("an IPv4 address, four numbers from 0 to 255 separated by dots (e.g. 10.0.0.12), or an IPv6 address");
    case PropType::Hostname: return tr("letters, digits and hyphens, not at either end, at most 63 (e.g. web-01)");
    case PropType::Domain: return tr("a domain name such as www.foobar.com");
    case PropType::Url: return tr("a full URL such as https://git.example.com/team/app.git");
    case PropType::PortRules: return tr("port/protocol, optionally \"from\" a node id, separated by commas (e.g. 443/tcp, 3306/tcp from app-1)");
    case PropType::NodeRefList: return tr("ids of existing nodes, separated by commas");
    default: return {};
    }
}

QWidget *PropertiesPanel::editor(const QString &key) const { return m_editors.value(key); }
QString PropertiesPanel::message() const { return m_message->isVisible() ? m_message->text() : QString(); }

void PropertiesPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PropertiesPanel::addRow(QWidget *label, QWidget *field, const QString &key)
{
    m_form->addRow(label, field);
    if (QLabel *error = m_errorLabels.value(key))
        m_form->addRow(QString(), error);
    if (QLabel *names = m_refNames.value(key))
        m_form->addRow(QString(), names);
}

QString PropertiesPanel::fieldError(const QString &key) const
{
    const QLabel *error = m_errorLabels.value(key);
    return error && !error->isHidden() ? error->text() : QString();
}

void PropertiesPanel::clear()
{
    m_refreshers.clear();
    m_editors.clear();
    m_errorLabels.clear();
    m_refNames.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    showMessage({});
}

void PropertiesPanel::refresh()
{
    for (const auto &r : m_refreshers)
        r();
}

void PropertiesPanel::rebuild()
{
    clear();
    const QStringList ids = m_selection->ids();
    m_current.clear();
    if (ids.size() > 1) {
        m_title->setText(tr("<b>%n items selected</b>", nullptr, int(ids.size())));
        return;
    }
    if (ids.size() == 1 && m_model->node(ids.constFirst()))
        buildNode(ids.constFirst());
    else if (ids.size() == 1 && m_model->link(ids.constFirst()))
        buildLink(ids.constFirst());
    else
        buildDesign();
}

void PropertiesPanel::addTextEditor(const QString &key, QLineEdit *edit, const std::function<QString()> &current,
                                    const std::function<QString(const QString &)> &check,
                                    const std::function<void(const QString &)> &commit, const QString &allowed)
{
    m_editors.insert(key, edit);
    // The words go right under the field: what is wrong and what is allowed.
    auto *error = new QLabel(m_body);
    error->setObjectName(QStringLiteral("fieldError_%1").arg(key));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    error->hide();
    m_errorLabels.insert(key, error);
    auto setError = [this, edit, error, allowed](const QString &err) {
        edit->setStyleSheet(err.isEmpty() ? QString() : QStringLiteral("border: 2px solid #d93025;"));
        const QString full = err.isEmpty() || allowed.isEmpty() ? err : tr("%1. Allowed: %2").arg(err, allowed);
        edit->setToolTip(full);
        error->setText(full);
        error->setVisible(!full.isEmpty());
        showMessage(full);
    };
    edit->setText(current());
    connect(edit, &QLineEdit::textEdited, this, [check, setError](const QString &t) { setError(check(t)); });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, current, check, commit, setError, key] {
        const QString text = edit->text();
        if (text == current())
            return;
        const QString err = check(text);
        if (!err.isEmpty()) {
            setError(tr("Refused: %1 (%2 kept)").arg(err, current().isEmpty() ? tr("the old value") : current()));
            edit->setText(current());
            return;
        }
        setError({});
        commit(text);
    });
    m_refreshers.push_back([edit, current] {
        if (!edit->hasFocus() || edit->text() == current())
            edit->setText(current());
    });
}

void PropertiesPanel::buildDesign()
{
    m_title->setText(tr("<b>Design</b>"));
    auto *name = new QLineEdit(m_body);
    name->setAccessibleName(tr("Design name"));
    addTextEditor(QStringLiteral("name"), name, [this] { return m_model->design().name; },
                  [](const QString &t) {
                      const QString e = checkDesignName(t);
                      return e.isEmpty() ? e : tr("a design name %1").arg(e);
                  },
                  [this](const QString &t) { m_undo->push(new DesignMetaCommand(m_model, DesignMetaCommand::Name, t)); });
    addRow(new QLabel(tr("&Name"), m_body), name, QStringLiteral("name"));
    qobject_cast<QLabel *>(m_form->labelForField(name))->setBuddy(name);
    auto *profile = new QComboBox(m_body);
    profile->setAccessibleName(tr("Spec profile"));
    profile->addItem(tr("(none)"), QString());
    for (const QString &p : specProfileNames())
        profile->addItem(p, p);
    m_form->addRow(tr("&Profile"), profile);
    m_editors.insert(QStringLiteral("profile"), profile);
    auto sync = [this, profile] {
        QSignalBlocker b(profile);
        profile->setCurrentIndex(std::max(0, profile->findData(m_model->design().profile)));
    };
    sync();
    m_refreshers.push_back(sync);
    connect(profile, qOverload<int>(&QComboBox::activated), this, [this, profile](int i) {
        const QString p = profile->itemData(i).toString();
        if (p != m_model->design().profile)
            m_undo->push(new DesignMetaCommand(m_model, DesignMetaCommand::Profile, p));
    });
}

void PropertiesPanel::buildNode(const QString &id)
{
    m_current = id;
    const Node *n = m_model->node(id);
    m_title->setText(QStringLiteral("<b>%1</b> &nbsp;<span style='color:gray'>%2 · %3</span>")
                         .arg(n->displayLabel().toHtmlEscaped(), kindTitle(n->kind), id.toHtmlEscaped()));
    auto *label = new QLineEdit(m_body);
    label->setAccessibleName(tr("Label"));
    addTextEditor(SetPropertyCommand::labelKey(), label, [this, id] {
            const Node *n = m_model->node(id);
            return n ? n->label : QString();
        },
        [](const QString &t) {
            const QString e = checkLabel(t);
            return e.isEmpty() ? e : tr("a label has %1").arg(e);
        },
        [this, id](const QString &t) { m_undo->push(new SetPropertyCommand(m_model, id, SetPropertyCommand::labelKey(), t)); });
    auto *labelLabel = new QLabel(tr("&Label"), m_body);
    labelLabel->setBuddy(label);
    addRow(labelLabel, label, SetPropertyCommand::labelKey());
    for (const PropertySpec &spec : kindInfo(n->kind).props) {
        QWidget *w = makePropEditor(id, spec);
        QString text = kindsTr(spec.label);
        if (spec.required)
            text += QStringLiteral(" *");
        auto *l = new QLabel(text, m_body);
        l->setBuddy(w);
        l->setToolTip(kindsTr(spec.description));
        w->setToolTip(kindsTr(spec.description));
        w->setAccessibleName(kindsTr(spec.label));
        w->setAccessibleDescription(kindsTr(spec.description));
        addRow(l, w, spec.key);
    }
}

QWidget *PropertiesPanel::makePropEditor(const QString &id, const PropertySpec &spec)
{
    const QString key = spec.key;
    auto node = [this, id] { return m_model->node(id); };
    auto set = [this, id, key](const QVariant &v) {
        const Node *n = m_model->node(id);
        if (n && n->props.value(key) != v)
            m_undo->push(new SetPropertyCommand(m_model, id, key, v));
    };
    // The loader's own check of a value (core/model/check.h): what is refused
    // here is exactly what a file is refused for.
    auto check = [this, id, spec](const QString &t) {
        const Node *n = m_model->node(id);
        return n ? checkNodeProperty(m_model->design(), *n, spec, propertyValueFromText(spec, t)) : QString();
    };
    switch (spec.type) {
    case PropType::Choice:
    case PropType::NodeRef: {
        auto *combo = new QComboBox(m_body);
        m_editors.insert(key, combo);
        auto fill = [this, combo, spec, id, node] {
            QSignalBlocker b(combo);
            combo->clear();
            if (spec.type == PropType::Choice) {
                for (const QString &c : spec.choices)
                    combo->addItem(c, c);
            } else {
                combo->addItem(tr("(none)"), QString());
                for (const Node &o : m_model->design().nodes())
                    if (o.id != id && (spec.refKinds.isEmpty() || spec.refKinds.contains(int(o.kind))))
                        combo->addItem(QStringLiteral("%1 (%2)").arg(o.displayLabel(), o.id), o.id);
            }
            const QString cur = node() ? node()->propString(spec.key) : QString();
            int i = combo->findData(cur);
            if (i < 0 && !cur.isEmpty()) {
                combo->addItem(cur, cur);
                i = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, i));
        };
        fill();
        m_refreshers.push_back(fill);
        connect(combo, qOverload<int>(&QComboBox::activated), this, [combo, set](int i) {
            const QString v = combo->itemData(i).toString();
            set(v.isEmpty() ? QVariant() : QVariant(v));
        });
        return combo;
    }
    case PropType::Int:
    case PropType::Number: {
        QAbstractSpinBox *box;
        std::function<void()> sync;
        if (spec.type == PropType::Int) {
            auto *s = new QSpinBox(m_body);
            s->setRange(int(spec.min), int(std::min(spec.max, 2e9)));
            sync = [s, node, key] { QSignalBlocker b(s); if (node()) s->setValue(node()->propInt(key)); };
            connect(s, &QSpinBox::editingFinished, this, [s, set, node, key] {
                if (node() && node()->propInt(key) != s->value())
                    set(s->value());
            });
            box = s;
        } else {
            auto *s = new QDoubleSpinBox(m_body);
            s->setDecimals(spec.max <= 1 ? 4 : 1);
            s->setSingleStep(spec.max <= 1 ? 0.001 : 10);
            s->setRange(spec.min, spec.max);
            sync = [s, node, key] { QSignalBlocker b(s); if (node()) s->setValue(node()->propNumber(key)); };
            connect(s, &QDoubleSpinBox::editingFinished, this, [s, set, node, key] {
                if (node() && !qFuzzyCompare(1 + node()->propNumber(key), 1 + s->value()))
                    set(s->value());
            });
            box = s;
        }
        m_editors.insert(key, box);
        sync();
        m_refreshers.push_back(sync);
        return box;
    }
    case PropType::Bool: {
        auto *c = new QCheckBox(m_body);
        m_editors.insert(key, c);
        auto sync = [c, node, key] { QSignalBlocker b(c); if (node()) c->setChecked(node()->prop(key).toBool()); };
        sync();
        m_refreshers.push_back(sync);
        connect(c, &QCheckBox::toggled, this, [set](bool on) { set(on); });
        return c;
    }
    case PropType::NodeRefList:
    case PropType::PortRules: {
        auto *edit = new QLineEdit(m_body);
        edit->setPlaceholderText(spec.type == PropType::PortRules ? tr("e.g. 443/tcp, 3306/tcp from app-1")
                                                                  : tr("ids, separated by commas"));
        addTextEditor(key, edit, [node, key] { return node() ? node()->propList(key).join(QStringLiteral(", ")) : QString(); },
                      check, [set, spec](const QString &t) { set(propertyValueFromText(spec, t)); }, allowedValues(spec));
        if (spec.type == PropType::NodeRefList) {
            // The nodes named, readable: "HAProxy on Load balancer 1".
            auto *names = new QLabel(m_body);
            names->setObjectName(QStringLiteral("refNames_%1").arg(key));
            names->setWordWrap(true);
            m_refNames.insert(key, names);
            auto sync = [this, names, node, key] {
                QStringList parts;
                const Design &d = m_model->design();
                for (const QString &ref : node() ? node()->propList(key) : QStringList()) {
                    const Node *r = d.node(ref);
                    const Node *server = r ? d.node(d.serverOf(ref)) : nullptr;
                    parts << (!r ? tr("%1 (missing)").arg(ref)
                               : server && server != r ? tr("%1 on %2").arg(r->displayLabel(), server->displayLabel())
                                                       : r->displayLabel());
                }
                names->setText(parts.isEmpty() ? tr("(none yet)") : QStringLiteral("• ") + parts.join(QStringLiteral("\n• ")));
            };
            sync();
            m_refreshers.push_back(sync);
        }
        return edit;
    }
    default: {
        auto *edit = new QLineEdit(m_body);
        if (spec.defaultValue.isValid())
            edit->setPlaceholderText(spec.defaultValue.toString());
        addTextEditor(key, edit, [node, key] { return node() && node()->hasProp(key) ? node()->propString(key) : QString(); },
                      check, [set, spec](const QString &t) { set(propertyValueFromText(spec, t)); }, allowedValues(spec));
        return edit;
    }
    }
}

void PropertiesPanel::buildLink(const QString &id)
{
    m_current = id;
    const Link *l = m_model->link(id);
    const Node *from = m_model->node(l->from);
    const Node *to = m_model->node(l->to);
    m_title->setText(tr("<b>Link</b> &nbsp;<span style='color:gray'>%1 → %2</span>")
                         .arg((from ? from->displayLabel() : l->from).toHtmlEscaped(),
                              (to ? to->displayLabel() : l->to).toHtmlEscaped()));
    auto link = [this, id] { return m_model->link(id); };
    auto edit = [this, link](const std::function<void(Link &)> &change) {
        if (!link())
            return;
        Link after = *link();
        change(after);
        if (after != *link())
            m_undo->push(new EditLinkCommand(m_model, after));
    };
    auto *protocol = new QComboBox(m_body);
    protocol->setAccessibleName(tr("Protocol"));
    for (Protocol p : allProtocols())
        protocol->addItem(protocolName(p), int(p));
    m_form->addRow(tr("&Protocol"), protocol);
    m_editors.insert(QStringLiteral("protocol"), protocol);
    auto *port = new QSpinBox(m_body);
    port->setAccessibleName(tr("Port"));
    port->setRange(0, 65535);
    m_form->addRow(tr("P&ort"), port);
    m_editors.insert(QStringLiteral("port"), port);
    auto sync = [protocol, port, link] {
        if (!link())
            return;
        QSignalBlocker b1(protocol), b2(port);
        protocol->setCurrentIndex(protocol->findData(int(link()->protocol)));
        port->setSpecialValueText(tr("default (%1)").arg(defaultPort(link()->protocol)));
        port->setValue(link()->port);
    };
    sync();
    m_refreshers.push_back(sync);
    connect(protocol, qOverload<int>(&QComboBox::activated), this, [protocol, edit](int i) {
        edit([&](Link &l) { l.protocol = Protocol(protocol->itemData(i).toInt()); });
    });
    connect(port, &QSpinBox::editingFinished, this, [port, edit] { edit([&](Link &l) { l.port = port->value(); }); });
    auto *label = new QLineEdit(m_body);
    label->setAccessibleName(tr("Link label"));
    addTextEditor(QStringLiteral("linkLabel"), label, [link] { return link() ? link()->label : QString(); },
                  [](const QString &t) {
                      const QString e = checkLabel(t);
                      return e.isEmpty() ? e : tr("a label has %1").arg(e);
                  },
                  [edit](const QString &t) { edit([&](Link &l) { l.label = t; }); });
    auto *labelLabel = new QLabel(tr("&Label"), m_body);
    labelLabel->setBuddy(label);
    addRow(labelLabel, label, QStringLiteral("linkLabel"));
}

} // namespace sw
