const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

const enum S {
  Value,
  ObjectFirst,
  Key,
  Colon,
  ArrayFirst,
  CommaOrEnd,
  Done,
}

/**
 * Finds where and why JSON text is invalid, in words for a person; called only after
 * `JSON.parse` has failed. Iterative (no recursion), so any nesting depth is safe. Never
 * includes the text itself in the reason.
 */
export function _jsonError(text: string): { offset: number; reason: string } {
  const n = text.length;
  const stack: number[] = []; // char codes of the open brackets
  let state: S = S.Value as S;
  let i = 0;
  const end = (what: string) => ({ offset: n, reason: `the text ends in the middle of ${what} (is the file cut short?)` });
  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  // Scans a string starting at i (a quote); returns an error or moves i past it.
  const string = (): { offset: number; reason: string } | undefined => {
    i++;
    for (;;) {
      if (i >= n) return end('a piece of text in quotes: a closing " is missing');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x5c) {
        ESCAPE.lastIndex = i + 1;
        if (!ESCAPE.test(text)) return { offset: i, reason: 'a backslash in quoted text must start an escape such as \\" \\\\ \\n or \\u00e9' };
        i = ESCAPE.lastIndex;
        continue;
      }
      if (c < 0x20) return { offset: i, reason: 'a line break or control character inside quoted text: write line breaks as \\n' };
      i++;
    }
  };
  const afterValue = (): S => (stack.length === 0 ? S.Done : S.CommaOrEnd);
  for (;;) {
    skipWs();
    const c = text.charCodeAt(i);
    switch (state) {
      case S.Value: {
        if (i >= n) return end(stack.length === 0 ? 'the document: there is no JSON value' : stack[stack.length - 1] === 0x7b ? 'an object: a value and a closing } are missing' : 'a list: a value and a closing ] are missing');
        if (c === 0x7b) {
          stack.push(c);
          i++;
          state = S.ObjectFirst;
        } else if (c === 0x5b) {
          stack.push(c);
          i++;
          state = S.ArrayFirst;
        } else if (c === 0x22) {
          const e = string();
          if (e) return e;
          state = afterValue();
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          state = afterValue();
        } else if (text.startsWith('false', i)) {
          i += 5;
          state = afterValue();
        } else if ((NUMBER.lastIndex = i), NUMBER.test(text)) {
          i = NUMBER.lastIndex;
          state = afterValue();
        } else {
          return { offset: i, reason: _badValue(text, i, c) };
        }
        break;
      }
      case S.ObjectFirst:
      case S.Key: {
        if (i >= n) return end('an object: a closing } is missing');
        if (c === 0x7d) {
          if (state === S.Key) return { offset: i, reason: 'a comma before } : JSON does not allow a trailing comma' };
          stack.pop();
          i++;
          state = afterValue();
        } else if (c === 0x22) {
          const e = string();
          if (e) return e;
          state = S.Colon;
        } else {
          return { offset: i, reason: c === 0x27 ? "a property name is in single quotes: JSON needs double quotes (\")" : 'a property name in double quotes was expected here' };
        }
        break;
      }
      case S.Colon: {
        if (i >= n) return end('an object: a : and a value are missing');
        if (c !== 0x3a) return { offset: i, reason: 'a colon (:) was expected after the property name' };
        i++;
        state = S.Value;
        break;
      }
      case S.ArrayFirst: {
        if (i >= n) return end('a list: a closing ] is missing');
        if (c === 0x5d) {
          stack.pop();
          i++;
          state = afterValue();
        } else {
          state = S.Value;
        }
        break;
      }
      case S.CommaOrEnd: {
        const open = stack[stack.length - 1];
        const close = open === 0x7b ? '}' : ']';
        if (i >= n) return end(open === 0x7b ? 'an object: a closing } is missing' : 'a list: a closing ] is missing');
        if (c === 0x2c) {
          i++;
          skipWs();
          const next = text.charCodeAt(i);
          if (next === 0x5d || next === 0x7d) return { offset: i, reason: `a comma before ${String.fromCharCode(next)} : JSON does not allow a trailing comma` };
          state = open === 0x7b ? S.Key : S.Value;
        } else if (c === 0x7d || c === 0x5d) {
          if ((c === 0x7d) !== (open === 0x7b)) return { offset: i, reason: `a ${String.fromCharCode(c)} where ${close} was expected: brackets do not match` };
          stack.pop();
          i++;
          state = afterValue();
        } else {
          return { offset: i, reason: `a comma or ${close} was expected here (is a comma missing between two items?)` };
        }
        break;
      }
      case S.Done: {
        if (i >= n) return { offset: 0, reason: 'the text could not be read as JSON' };
        return { offset: i, reason: 'there is more text after the end of the JSON value (one JSON value a line is NDJSON: check the file type)' };
      }
    }
  }
}

/** Why a value cannot start at `i`. */
function _badValue(text: string, i: number, c: number): string {
  for (const word of ['NaN', 'Infinity', '-Infinity', 'undefined']) {
    if (text.startsWith(word, i)) return `${word} is not a JSON value: write a number, null, or leave the field out`;
  }
  if (c === 0x27) return 'text in single quotes: JSON needs double quotes (")';
  if (c === 0x2f) return 'a comment: JSON does not allow comments';
  if (c === 0x2c) return 'a value is missing before this comma';
  if (c === 0x5d || c === 0x7d) return `a value is missing before ${String.fromCharCode(c)}`;
  return 'a value (text in double quotes, a number, true, false, null, an object or a list) was expected here';
}
