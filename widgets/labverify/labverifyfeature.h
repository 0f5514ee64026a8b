// Adds Tools > Check Predictions in the Lab… (the lab verify dialog, one per
// window, kept between uses).
#pragma once

namespace sw {

struct EditorContext;

void attachLabVerify(EditorContext &context);

} // namespace sw
