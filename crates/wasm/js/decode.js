// Builds plain JavaScript values from the tape written by src/tape.rs (see there for the
// format): one pass over an Int32Array, strings cut from one decoded text. Objects get
// their keys in tape order, as JSON.parse would create them: an object of a known shape
// (key sequence) through that shape's builder, one object literal made once with
// `new Function` under Node, a loop over its keys elsewhere.

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

let tape;
let text;
let names;
let shapes;
let at;

/** The next value of an object of a known shape (its key on the tape is skipped). */
function entry() {
  at++;
  return value();
}

/**
 * Whether shapes are built by object literals made with `new Function`: only under Node
 * and where it is allowed. In a browser even trying it would report a violation of a
 * Content-Security-Policy without 'unsafe-eval' (as docs/hosting.md recommends), so
 * pages build shapes by the loop over their keys.
 */
const literalsAllowed = (() => {
  if (typeof document !== "undefined" || typeof process !== "object" || !process.versions?.node) {
    return false;
  }
  try {
    return new Function("return 1")() === 1;
  } catch {
    return false;
  }
})();

/** The builder of the objects with `keys` in this order. */
function shapeBuilder(keys) {
  // "__proto__" in a literal would set the prototype: such shapes take the loop.
  if (literalsAllowed && !keys.includes("__proto__")) {
    const fields = keys.map((key) => `${JSON.stringify(key)}: v()`).join(", ");
    return new Function("v", `return function () { return { ${fields} }; };`)(entry);
  }
  return () => {
    const object = {};
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === "__proto__") {
        Object.defineProperty(object, keys[i], { value: entry(), enumerable: true, configurable: true, writable: true });
      } else {
        object[keys[i]] = entry();
      }
    }
    return object;
  };
}

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
    case 9:
      return shapes[tape[at++]]();
    default:
      throw new Error(`steunwijzer: unknown tape entry ${op}`);
  }
}

/**
 * Decodes one value; `nameTable` and `shapeTable` keep the names and shape builders
 * numbered in earlier calls.
 */
export function decodeTape(
  memory,
  nameTable,
  shapeTable,
  tapeAt,
  tapeLength,
  textAt,
  textLength,
  newAt,
  newLength,
  newShapesAt,
  newShapesLength,
) {
  const buffer = memory.buffer;
  text = textLength === 0 ? "" : utf8.decode(new Uint8Array(buffer, textAt, textLength));
  names = nameTable;
  shapes = shapeTable;
  const fresh = new Uint32Array(buffer, newAt, newLength);
  for (let i = 0; i < newLength; i += 3) names[fresh[i]] = text.slice(fresh[i + 1], fresh[i + 2]);
  const freshShapes = new Uint32Array(buffer, newShapesAt, newShapesLength);
  for (let i = 0; i < newShapesLength; ) {
    const shape = freshShapes[i];
    const count = freshShapes[i + 1];
    const keys = Array.from(freshShapes.subarray(i + 2, i + 2 + count), (id) => names[id]);
    shapes[shape] = shapeBuilder(keys);
    i += 2 + count;
  }
  tape = new Int32Array(buffer, tapeAt, tapeLength);
  at = 0;
  try {
    return value();
  } finally {
    tape = text = names = shapes = undefined;
  }
}
