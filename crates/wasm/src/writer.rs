//! The serde `Serializer` shared by the JSON writer (`json.rs`) and the tape writer
//! (`tape.rs`): it walks the value, leaves out named struct fields, and tells a [`Sink`]
//! what to write.

use serde::ser::{self, Serialize};
use std::fmt::{self, Display};

/// Why a value could not be written (a map key that is not text, or a custom error).
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// What a [`Writer`] writes to: one method per kind of thing in the output.
pub(crate) trait Sink {
    fn null(&mut self);
    fn bool(&mut self, v: bool);
    fn i64(&mut self, v: i64);
    fn u64(&mut self, v: u64);
    /// Any other (finite) number, written as its text.
    fn number(&mut self, v: impl Display);
    fn string(&mut self, v: &str);
    /// A unit enum variant as a value.
    fn variant(&mut self, variant: &'static str);
    /// An object key that is a name (field, variant, text map key), then what separates
    /// it from its value.
    fn name_key(&mut self, key: &str);
    /// A struct field's name as an object key (a `'static` text, which never changes).
    fn field_key(&mut self, key: &'static str) {
        self.name_key(key);
    }
    /// An object key written from another value (a number, a boolean, a char).
    fn text_key(&mut self, key: &str);
    /// Starts an array or object; returns what [`Sink::close`] gets back.
    fn open(&mut self, object: bool) -> usize;
    /// Before each entry of an array or object.
    fn entry(&mut self, first: bool);
    /// Ends an array or object of `count` entries.
    fn close(&mut self, object: bool, opened: usize, count: u32);
    /// Starts the one-entry object `{variant: …}` around an enum variant's data.
    fn open_variant(&mut self, variant: &'static str);
    fn close_variant(&mut self);
}

/// Serialises into `sink`, leaving out every struct field whose name is in `skip`.
pub(crate) struct Writer<'s, S> {
    pub sink: S,
    pub skip: &'s [&'s str],
}

/// Serializer methods that hand their value on: `forward!(into to: method(type), …)` to
/// `to(v.into())`; `forward!(text: …)` to `collect_str(&v)`.
macro_rules! forward {
    (into $to:ident: $($method:ident($ty:ty)),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Error> {
            self.$to(v.into())
        }
    )*};
    (text: $($method:ident($ty:ty)),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Error> {
            self.collect_str(&v)
        }
    )*};
}

/// An array or object being written.
pub(crate) struct Compound<'w, 's, S> {
    writer: &'w mut Writer<'s, S>,
    opened: usize,
    count: u32,
    object: bool,
    /// Inside a one-entry object (an enum variant with data).
    wrapped: bool,
}

impl<S: Sink> Compound<'_, '_, S> {
    fn entry(&mut self) {
        self.writer.sink.entry(self.count == 0);
        self.count += 1;
    }
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.entry();
        value.serialize(&mut *self.writer)
    }
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        if self.writer.skip.contains(&key) {
            return Ok(());
        }
        self.entry();
        self.writer.sink.field_key(key);
        value.serialize(&mut *self.writer)
    }
    fn finish(self) -> Result<(), Error> {
        let sink = &mut self.writer.sink;
        sink.close(self.object, self.opened, self.count);
        if self.wrapped {
            sink.close_variant();
        }
        Ok(())
    }
}

impl<'s, S: Sink> Writer<'s, S> {
    fn compound(&mut self, object: bool, wrapped: bool) -> Compound<'_, 's, S> {
        let opened = self.sink.open(object);
        Compound {
            writer: self,
            opened,
            count: 0,
            object,
            wrapped,
        }
    }
}

impl<'w, 's, S: Sink> ser::Serializer for &'w mut Writer<'s, S> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w, 's, S>;
    type SerializeTuple = Compound<'w, 's, S>;
    type SerializeTupleStruct = Compound<'w, 's, S>;
    type SerializeTupleVariant = Compound<'w, 's, S>;
    type SerializeMap = Compound<'w, 's, S>;
    type SerializeStruct = Compound<'w, 's, S>;
    type SerializeStructVariant = Compound<'w, 's, S>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.sink.bool(v);
        Ok(())
    }
    forward!(into serialize_i64: serialize_i8(i8), serialize_i16(i16), serialize_i32(i32));
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.sink.i64(v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.sink.number(v);
        Ok(())
    }
    forward!(into serialize_u64: serialize_u8(u8), serialize_u16(u16), serialize_u32(u32));
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.sink.u64(v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.sink.number(v);
        Ok(())
    }
    forward!(into serialize_f64: serialize_f32(f32));
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        // Like serde_json: no NaN or infinity. The report has no floats.
        if v.is_finite() {
            self.sink.number(v);
        } else {
            self.sink.null();
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.sink.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.sink.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.compound(false, false);
        for byte in v {
            seq.element(byte)?;
        }
        seq.finish()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.sink.null();
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.sink.null();
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.sink.null();
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.sink.variant(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.sink.open_variant(variant);
        value.serialize(&mut *self)?;
        self.sink.close_variant();
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'w, 's, S>, Error> {
        Ok(self.compound(false, false))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'w, 's, S>, Error> {
        Ok(self.compound(false, false))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 's, S>, Error> {
        Ok(self.compound(false, false))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 's, S>, Error> {
        self.sink.open_variant(variant);
        Ok(self.compound(false, true))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'w, 's, S>, Error> {
        Ok(self.compound(true, false))
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 's, S>, Error> {
        Ok(self.compound(true, false))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 's, S>, Error> {
        self.sink.open_variant(variant);
        Ok(self.compound(true, true))
    }
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.sink.string(&value.to_string());
        Ok(())
    }
}

/// The compound impls: arrays and tuples take elements, objects and structs take keys.
macro_rules! compound_impls {
    ($($trait:ident { $($body:tt)* })*) => {$(
        impl<S: Sink> ser::$trait for Compound<'_, '_, S> {
            type Ok = ();
            type Error = Error;
            $($body)*
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        }
    )*};
}

compound_impls! {
    SerializeSeq {
        fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
            self.element(value)
        }
    }
    SerializeTuple {
        fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
            self.element(value)
        }
    }
    SerializeTupleStruct {
        fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
            self.element(value)
        }
    }
    SerializeTupleVariant {
        fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
            self.element(value)
        }
    }
    SerializeMap {
        fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
            self.entry();
            key.serialize(KeyWriter(&mut self.writer.sink))
        }
        fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
            value.serialize(&mut *self.writer)
        }
    }
    SerializeStruct {
        fn serialize_field<T: Serialize + ?Sized>(
            &mut self,
            key: &'static str,
            value: &T,
        ) -> Result<(), Error> {
            self.field(key, value)
        }
    }
    SerializeStructVariant {
        fn serialize_field<T: Serialize + ?Sized>(
            &mut self,
            key: &'static str,
            value: &T,
        ) -> Result<(), Error> {
            self.field(key, value)
        }
    }
}

/// Writes a map key: text as it is, numbers and booleans as their text (as serde_json does).
struct KeyWriter<'w, S>(&'w mut S);

fn key_must_be_text() -> Error {
    Error("a map key must be text".into())
}

impl<S: Sink> ser::Serializer for KeyWriter<'_, S> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.name_key(v);
        Ok(())
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.text_key(if v { "true" } else { "false" });
        Ok(())
    }
    forward!(text: serialize_i8(i8), serialize_i16(i16), serialize_i32(i32), serialize_i64(i64));
    forward!(text: serialize_u8(u8), serialize_u16(u16), serialize_u32(u32), serialize_u64(u64));
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(key_must_be_text())
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(key_must_be_text())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.0.text_key(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_text())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_text())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        Err(key_must_be_text())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_text())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_text())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.name_key(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_text())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_text())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_text())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_text())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_text())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_text())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_text())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_text())
    }
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.0.text_key(&value.to_string());
        Ok(())
    }
}
