// Quick fixes: one-click, undoable changes of the model that do what a
// finding's fix text says (add a second load balancer and a cluster, add a
// firewall with the ports the links need, add monitoring agents, switch the
// entry to HTTPS, add a replica, move a database onto its own server ...).
// A fix is a macro of core/commands; push it on the undo stack.
#pragma once

#include "core/rules/finding.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace sw {

class DesignModel;

// A fix that goes somewhere instead of changing the design: select `node`
// and put the cursor into the properties panel's editor of `property`
// (PROP-MISSING: fill in the absent value). The GUI does it with
// Selection::set({node}) and Selection::focusProperty(property).
struct FocusFix {
    QString node;
    QString property;
};
// The focus fix of a finding, if it has one (makeFix() has none for it).
std::optional<FocusFix> focusFix(const Finding &finding);

// Is there a quick fix (a change or a focus fix) for findings of this rule at all?
bool canFix(const Finding &finding);
// Does one apply to this finding in the model's current design? (For a
// focus fix: does its node still exist?)
bool canFix(DesignModel *model, const Finding &finding);
// The fix, or null when none applies. Nothing changes until it is pushed
// (or redone); undo restores the design exactly.
std::unique_ptr<QUndoCommand> makeFix(DesignModel *model, const Finding &finding);

} // namespace sw
