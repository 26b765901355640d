// Builds plain JavaScript values from the tape written by src/tape.rs (see there for the
// format): one pass over an Int32Array, strings cut from one decoded text. Objects get
// their keys by assignment in tape order, as JSON.parse would create them.

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

let tape;
let text;
let names;
let at;

function value() {
  const op = tape[at++];
  switch (op) {
    case 0:
      return null;
    case 1:
      return true;
    case 2:
      return false;
    case 3:
      return tape[at++];
    case 4: {
      const start = tape[at++];
      return Number(text.slice(start, tape[at++]));
    }
    case 5: {
      const start = tape[at++];
      return text.slice(start, tape[at++]);
    }
    case 6:
      return names[tape[at++]];
    case 7: {
      const length = tape[at++];
      const array = new Array(length);
      for (let i = 0; i < length; i++) array[i] = value();
      return array;
    }
    case 8: {
      const length = tape[at++];
      const object = {};
      for (let i = 0; i < length; i++) {
        const id = tape[at++];
        let key;
        if (id >= 0) {
          key = names[id];
        } else {
          const start = tape[at++];
          key = text.slice(start, tape[at++]);
        }
        if (key === "__proto__") {
          // An own property, as JSON.parse makes it, not the prototype.
          Object.defineProperty(object, key, { value: value(), enumerable: true, configurable: true, writable: true });
        } else {
          object[key] = value();
        }
      }
      return object;
    }
    default:
      throw new Error(`steunwijzer: unknown tape entry ${op}`);
  }
}

/** Decodes one value; `nameTable` keeps the names numbered in earlier calls. */
export function decodeTape(memory, nameTable, tapeAt, tapeLength, textAt, textLength, newAt, newLength) {
  const buffer = memory.buffer;
  text = textLength === 0 ? "" : utf8.decode(new Uint8Array(buffer, textAt, textLength));
  names = nameTable;
  const fresh = new Uint32Array(buffer, newAt, newLength);
  for (let i = 0; i < newLength; i += 3) names[fresh[i]] = text.slice(fresh[i + 1], fresh[i + 2]);
  tape = new Int32Array(buffer, tapeAt, tapeLength);
  at = 0;
  try {
    return value();
  } finally {
    tape = text = names = undefined;
  }
}
