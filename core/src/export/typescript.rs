//! The TypeScript export: a module that `tsc --strict` accepts (for ES2015 and later, with no
//! library but ES2015's), which exports:
//!
//! - `const NAME = { CONTINUE: 100, ..., REQUEST_ENTITY_TOO_LARGE: 413 } as const`: every name,
//!   aliases included (after their entry), with its code (`NAME` is [`Export::name`]);
//! - the types `Name` (every name), `Code` (the union of the known codes), `ClassName`, and the
//!   interfaces `Entry` and `Class`;
//! - `entries`: every entry in declaration order, with its code, name, phrase, description,
//!   reference (or `null`), class (or `null`) and aliases; `classes`: every class, with its
//!   name, phrase and range (`first`, `last`);
//! - the lookups `fromCode(code)`, `fromName(name)` (canonical names and aliases, exact match),
//!   `isCode(code)` (a type guard to `Code`) and `classOf(code)`.
//!
//! The module is pure ASCII: strings are double-quoted literals in which quotes, backslashes,
//! control characters, JavaScript's line terminators (U+2028, U+2029) and every non-ASCII
//! character are `\uXXXX` escapes. Names are the object's keys, where a reserved word (`delete`,
//! `class`) is legal as it is; names that are not ASCII identifiers are quoted keys, and
//! `__proto__` a computed one (`["__proto__"]`), so that every name of a registry is a key of
//! its own (ES2015 keeps a computed key as written; ES5's downlevel would set the prototype).
//! Lookups by name read objects without a prototype, so `fromName("toString")` is `undefined`.
//!
//! Refused ([`ExportError`]): a code beyond JavaScript's safe integers (2^53 - 1 either side),
//! which a `number` would round; and a type name that is not an ASCII identifier, is a reserved
//! word of JavaScript or TypeScript, or is one of the names the module declares or reads.

use core::fmt;

use super::{write_u_escape, Export, ExportError};
use crate::traits::Registry;

const TARGET: &str = "TypeScript";

/// The largest integer a JavaScript `number` holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: i128 = (1 << 53) - 1;

/// JavaScript's reserved words (strict mode and modules included) and the names a strict
/// module cannot bind, then TypeScript's: none can be the type's name.
const RESERVED: [&str; 51] = [
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
    "let",
    "static",
    "implements",
    "interface",
    "package",
    "private",
    "protected",
    "public",
    "arguments",
    "eval",
    "undefined",
    "any",
    "unknown",
];

/// The names the module declares, and the globals it reads: the type's name cannot be one.
const MODULE_NAMES: [&str; 15] = [
    "Name",
    "Code",
    "ClassName",
    "Class",
    "Entry",
    "entries",
    "classes",
    "byCode",
    "byName",
    "fromCode",
    "fromName",
    "isCode",
    "classOf",
    "Object",
    "String",
];

/// Writes the TypeScript module of `export` to `out`.
pub(super) fn write<R: Registry>(
    export: &Export<'_, R>,
    out: &mut dyn fmt::Write,
) -> Result<(), ExportError> {
    check(export)?;
    write_codes(export, out)?;
    write_types(export, out)?;
    write_classes(export, out)?;
    write_entries(export, out)?;
    out.write_str(LOOKUPS)?;
    Ok(())
}

/// The module's heading, and the object of every code by name, aliases included.
fn write_codes<R: Registry>(export: &Export<'_, R>, out: &mut dyn fmt::Write) -> fmt::Result {
    let name = export.type_name();
    writeln!(
        out,
        "// {} as a TypeScript module, written by status-registry: do not edit.",
        R::TYPE_NAME
    )?;
    writeln!(out)?;
    out.write_str("/**\n * ")?;
    export.write_doc(out, write_comment)?;
    out.write_str("\n */\n")?;
    writeln!(out, "export const {name} = {{")?;
    for entry in export.entries() {
        out.write_str("  /** ")?;
        write_comment(out, entry.phrase())?;
        if !entry.description().is_empty() {
            out.write_str(": ")?;
            write_comment(out, entry.description())?;
        }
        out.write_str(" */\n  ")?;
        write_key(out, entry.name())?;
        writeln!(out, ": {},", entry.code())?;
        for alias in entry.aliases() {
            out.write_str("  /** An alias of ")?;
            write_comment(out, entry.name())?;
            out.write_str(". */\n  ")?;
            write_key(out, alias)?;
            writeln!(out, ": {},", entry.code())?;
        }
    }
    writeln!(out, "}} as const;")?;
    Ok(())
}

/// The types: `Name`, `Code` (the union of the known codes), `ClassName`, `Class` and `Entry`.
fn write_types<R: Registry>(export: &Export<'_, R>, out: &mut dyn fmt::Write) -> fmt::Result {
    let name = export.type_name();
    writeln!(out)?;
    writeln!(out, "/** A name of {name}: an entry's or an alias. */")?;
    writeln!(out, "export type Name = keyof typeof {name};")?;
    writeln!(out)?;
    writeln!(out, "/** A code of {name}. */")?;
    writeln!(out, "export type Code = (typeof {name})[Name];")?;
    writeln!(out)?;
    writeln!(out, "/** The name of a class of {name}. */")?;
    out.write_str("export type ClassName =")?;
    let mut classes = export.classes().peekable();
    if classes.peek().is_none() {
        out.write_str(" never")?;
    }
    for class in classes {
        out.write_str("\n  | ")?;
        write_string(out, class.name)?;
    }
    out.write_str(";\n\n")?;
    out.write_str(
        "/** A class: a range of codes, with a name and a phrase. */
export interface Class {
  readonly name: ClassName;
  readonly phrase: string;
  /** The lowest code of the class. */
  readonly first: number;
  /** The highest code of the class. */
  readonly last: number;
}

/** An entry: its code, its names, and what it means. */
export interface Entry {
  readonly code: Code;
  readonly name: Name;
  readonly phrase: string;
  /** The description; \"\" when the registry gives none. */
  readonly description: string;
  /** The specification that defines the code, if the registry names one. */
  readonly reference: string | null;
  readonly class: ClassName | null;
  /** The entry's other names. */
  readonly aliases: readonly Name[];
}

",
    )?;
    Ok(())
}

/// `classes`: every class, in ascending order of their ranges.
fn write_classes<R: Registry>(export: &Export<'_, R>, out: &mut dyn fmt::Write) -> fmt::Result {
    writeln!(
        out,
        "/** Every class, in ascending order of their ranges. */"
    )?;
    out.write_str("export const classes: readonly Class[] = [")?;
    for class in export.classes() {
        out.write_str("\n  { name: ")?;
        write_string(out, class.name)?;
        out.write_str(", phrase: ")?;
        write_string(out, class.phrase)?;
        out.write_str(", first: ")?;
        write_code(out, class.first.into())?;
        out.write_str(", last: ")?;
        write_code(out, class.last.into())?;
        out.write_str(" },")?;
    }
    out.write_str("\n];\n\n")?;
    Ok(())
}

/// `entries`: every entry, in the registry's order.
fn write_entries<R: Registry>(export: &Export<'_, R>, out: &mut dyn fmt::Write) -> fmt::Result {
    writeln!(out, "/** Every entry, in the registry's order. */")?;
    out.write_str("export const entries: readonly Entry[] = [")?;
    for entry in export.entries() {
        out.write_str("\n  {\n    code: ")?;
        write_code(out, entry.code().into())?;
        out.write_str(",\n    name: ")?;
        write_string(out, entry.name())?;
        out.write_str(",\n    phrase: ")?;
        write_string(out, entry.phrase())?;
        out.write_str(",\n    description: ")?;
        write_string(out, entry.description())?;
        out.write_str(",\n    reference: ")?;
        write_optional(out, entry.reference())?;
        out.write_str(",\n    class: ")?;
        write_optional(out, entry.class().map(|class| class.name))?;
        out.write_str(",\n    aliases: [")?;
        for (index, alias) in entry.aliases().enumerate() {
            out.write_str(if index == 0 { "" } else { ", " })?;
            write_string(out, alias)?;
        }
        out.write_str("],\n  },")?;
    }
    out.write_str("\n];\n\n")?;
    Ok(())
}

/// The lookups over `entries` and `classes`, the same for every registry.
const LOOKUPS: &str =
    "// Objects without a prototype: no name such as \"toString\" is found in them.
const byCode: { [code: string]: Entry | undefined } = Object.create(null);
const byName: { [name: string]: Entry | undefined } = Object.create(null);
for (const entry of entries) {
  byCode[String(entry.code)] = entry;
  byName[entry.name] = entry;
  for (const alias of entry.aliases) {
    byName[alias] = entry;
  }
}

/** The entry with this code, if any. */
export function fromCode(code: number): Entry | undefined {
  return byCode[String(code)];
}

/** The entry with this name or alias (an exact, case-sensitive match), if any. */
export function fromName(name: string): Entry | undefined {
  return byName[name];
}

/** Whether `code` is a code of an entry. */
export function isCode(code: number): code is Code {
  return fromCode(code) !== undefined;
}

/** The class whose range holds `code`, registered or not, if any. */
export function classOf(code: number): Class | undefined {
  for (const candidate of classes) {
    if (candidate.first <= code && code <= candidate.last) {
      return candidate;
    }
  }
  return undefined;
}
";

/// A name as an object literal's key: as itself if it is an ASCII identifier, else quoted, and
/// `__proto__` computed (as a plain key, it would set the object's prototype).
fn write_key(out: &mut dyn fmt::Write, name: &str) -> fmt::Result {
    if name == "__proto__" {
        out.write_char('[')?;
        write_string(out, name)?;
        out.write_char(']')
    } else if is_identifier(name) {
        out.write_str(name)
    } else {
        write_string(out, name)
    }
}

fn write_optional(out: &mut dyn fmt::Write, text: Option<&str>) -> fmt::Result {
    match text {
        Some(text) => write_string(out, text),
        None => out.write_str("null"),
    }
}

/// A code, which [`check`] found to be a safe integer.
fn write_code(out: &mut dyn fmt::Write, code: i128) -> fmt::Result {
    write!(out, "{code}")
}

/// `text` as a double-quoted string literal, pure ASCII.
pub(super) fn write_string(out: &mut dyn fmt::Write, text: &str) -> fmt::Result {
    out.write_char('"')?;
    for c in text.chars() {
        match c {
            '"' => out.write_str("\\\"")?,
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            '\t' => out.write_str("\\t")?,
            ' '..='~' => out.write_char(c)?,
            _ => write_u_escape(out, c)?,
        }
    }
    out.write_char('"')
}

/// A doc comment's text: printable ASCII as itself but `*/` (which would end it), line breaks
/// as the comment's next line, the rest as `\uXXXX`.
fn write_comment(out: &mut dyn fmt::Write, text: &str) -> fmt::Result {
    let mut after_star = false;
    for c in text.chars() {
        match c {
            '/' if after_star => out.write_str("\\/")?,
            '\n' => out.write_str("\n * ")?,
            ' '..='~' => out.write_char(c)?,
            _ => write_u_escape(out, c)?,
        }
        after_star = c == '*';
    }
    Ok(())
}

/// Whether `name` is an ASCII identifier of JavaScript.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Refuses a type name TypeScript cannot bind, and codes a `number` would round.
fn check<R: Registry>(export: &Export<'_, R>) -> Result<(), ExportError> {
    let name = export.type_name();
    let reason = if !is_identifier(name) {
        Some("the type's name must be an ASCII identifier; give one with `Export::name`")
    } else if RESERVED.contains(&name) {
        Some("it is a reserved word; give another with `Export::name`")
    } else if MODULE_NAMES.contains(&name) {
        Some("the module declares or reads a name of its own so; give another with `Export::name`")
    } else {
        None
    };
    if let Some(reason) = reason {
        return Err(ExportError::name(TARGET, name, reason));
    }
    let codes = R::iter().map(|status| status.code().into());
    let classes = export
        .classes()
        .flat_map(|class| [class.first.into(), class.last.into()]);
    match codes
        .chain(classes)
        .find(|code: &i128| code.abs() > MAX_SAFE_INTEGER)
    {
        Some(code) => Err(ExportError::Code {
            target: TARGET,
            code,
            reason: "a JavaScript number holds integers up to 2^53 - 1 either side exactly; \
                     larger codes would be rounded",
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::written;

    #[test]
    fn strings_are_ascii_literals() {
        assert_eq!(
            written(write_string, "I'm \"a\" \\ teapot"),
            r#""I'm \"a\" \\ teapot""#
        );
        assert_eq!(
            written(write_string, "\n\r\t\u{0}\u{7f}"),
            r#""\n\r\t\u0000\u007f""#
        );
        assert_eq!(
            written(write_string, "é\u{2028}\u{2029}🍵"),
            r#""\u00e9\u2028\u2029\ud83c\udf75""#
        );
        assert_eq!(written(write_string, "${x} */ `"), r#""${x} */ `""#);
    }

    #[test]
    fn comments_cannot_end_early() {
        assert_eq!(
            written(write_comment, "a */ b **/ c\nd\u{2028}"),
            "a *\\/ b **\\/ c\n * d\\u2028"
        );
    }
}
