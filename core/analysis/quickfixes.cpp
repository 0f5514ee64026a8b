#include "core/analysis/quickfixes.h"

#include "core/model/designmodel.h"
#include "core/rules/quickfix.h"
#include "core/rules/validator.h"

#include <QSet>
#include <QUndoCommand>

namespace sw {

FixedDesign applyAllQuickFixes(const Design &design, int maxFixes)
{
    FixedDesign out;
    DesignModel model;
    model.reset(design);
    QSet<QString> tried;   // rule + nodes: a fix that leaves its finding is not tried again
    std::vector<std::unique_ptr<QUndoCommand>> done;   // fixes keep what they need to undo
    while (out.applied < maxFixes) {
        const ValidationResult v = Validator::validate(model.design());
        bool progressed = false;
        for (const Finding &f : v.findings) {
            const QString key = f.rule + QLatin1Char('|') + f.nodes.join(QLatin1Char(','));
            if (tried.contains(key) || !canFix(&model, f))
                continue;
            tried.insert(key);
            std::unique_ptr<QUndoCommand> fix = makeFix(&model, f);
            if (!fix)
                continue;
            fix->redo();
            done.push_back(std::move(fix));
            ++out.applied;
            out.rules << f.rule;
            progressed = true;
            break; // validate again: the fix changed the design
        }
        if (!progressed)
            break;
    }
    out.design = model.design();
    return out;
}

} // namespace sw
