//! The JSON export (the `json` feature): an array of one object per code, in the shape of
//! `httpstatus --json`, written by serde_json (indented, two spaces):
//!
//! | key | value |
//! |---|---|
//! | `code` | number: the code |
//! | `name` | string: the canonical name, such as `"NOT_FOUND"`; `null` for a code no entry has |
//! | `phrase` | string: the reason phrase; or `null` |
//! | `description` | string: the description (`""` when the registry gives none); or `null` |
//! | `reference` | string: the specification; or `null` |
//! | `class` | string: the class's name, such as `"CLIENT_ERROR"`; `null` outside every class |
//! | `aliases` | array of strings: the entry's other names |
//! | `registered` | boolean: `false` for a code no entry has |
//!
//! [`Export::json`] writes every entry; [`Export::json_of`] the codes it is given, registered
//! or not (what a command-line lookup prints). Each [`Record`] is a serde `Serialize` value, for
//! any other format.

extern crate alloc;

use alloc::vec::Vec;
use core::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{Class, Export, ExportError};
use crate::code::CodeType;
use crate::traits::Registry;

/// One code of the JSON export: its entry if it is registered, and its class if it has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record<R: Registry> {
    code: R::Repr,
    status: Option<R>,
    class: Option<Class<R::Repr>>,
}

impl<R: Registry> Record<R> {
    /// The code.
    pub fn code(&self) -> R::Repr {
        self.code
    }

    /// The entry with the code, if it is registered.
    pub fn status(&self) -> Option<R> {
        self.status
    }

    /// The class whose range holds the code, if any.
    pub fn class(&self) -> Option<Class<R::Repr>> {
        self.class
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
impl<R: Registry> Export<'_, R> {
    /// The record of `code`, registered or not, with its class.
    pub fn record(&self, code: R::Repr) -> Record<R> {
        Record {
            code,
            status: R::from_code(code),
            class: self.class_of(code),
        }
    }

    /// Writes the JSON array of every entry, in declaration order, to `out`.
    pub fn json(&self, out: &mut impl fmt::Write) -> Result<(), ExportError> {
        self.json_of(R::iter().map(CodeType::code), out)
    }

    /// Writes the JSON array of `codes`, registered or not, in their order, to `out`: what
    /// `httpstatus --json` prints for its queries.
    pub fn json_of(
        &self,
        codes: impl IntoIterator<Item = R::Repr>,
        out: &mut impl fmt::Write,
    ) -> Result<(), ExportError> {
        let records: Vec<Record<R>> = codes.into_iter().map(|code| self.record(code)).collect();
        let json = serde_json::to_string_pretty(&records).map_err(|_| ExportError::Json)?;
        out.write_str(&json)?;
        out.write_str("\n")?;
        Ok(())
    }
}

impl<R: Registry> Serialize for Record<R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut record = serializer.serialize_struct("Record", 8)?;
        record.serialize_field("code", &Into::<i128>::into(self.code))?;
        record.serialize_field("name", &self.status.map(R::name))?;
        record.serialize_field("phrase", &self.status.map(R::phrase))?;
        record.serialize_field("description", &self.status.map(R::description))?;
        record.serialize_field("reference", &self.status.and_then(R::reference))?;
        record.serialize_field("class", &self.class.map(|class| class.name))?;
        record.serialize_field("aliases", &Aliases(self.status))?;
        record.serialize_field("registered", &self.status.is_some())?;
        record.end()
    }
}

/// The aliases of an entry, as a sequence.
struct Aliases<R>(Option<R>);

impl<R: Registry> Serialize for Aliases<R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let of = self.0;
        serializer.collect_seq(
            R::aliases().filter_map(|(alias, status)| (Some(status) == of).then_some(alias)),
        )
    }
}
