// The only ways a value reaches a generated script, YAML file or template.
// Every user value (labels, names, repository URLs, branches, properties)
// goes through one of these; nothing is interpolated raw.
#pragma once

#include <QString>

namespace sw::bundle {

// A single shell word that bash reads back as exactly `value`: the value in
// single quotes, each ' written as '\''. Nothing inside is expanded. Works
// for any text, newlines included.
QString shellQuote(const QString &value);

// A YAML double-quoted scalar ("..." with \\, \", \n, \t, \uXXXX escapes)
// that a YAML parser reads back as exactly `value`.
QString yamlQuote(const QString &value);

// A YAML scalar tagged `!unsafe`: Ansible never evaluates Jinja in it, so a
// value containing "{{" or "{%" stays plain text.
QString yamlUnsafe(const QString &value);

// Text meant to appear literally in a Jinja2 template: every "{" that would
// start a Jinja tag ("{{", "{%", "{#") is written as {{ '{' }}.
QString jinjaLiteral(const QString &text);

// True when the text contains a character that cannot live on one line of a
// configuration file: line breaks and other control characters (tab allowed).
bool hasControlCharacters(const QString &text);

} // namespace sw::bundle
