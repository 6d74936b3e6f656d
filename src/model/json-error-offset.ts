/**
 * Finds where JSON text stops being valid JSON, for error messages that point
 * at a line and column whatever the JavaScript engine says. Iterative, so
 * deeply nested text cannot overflow the stack. Returns -1 for valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  // What the scanner expects next, per open container: 'v' value, ',' comma or close, 'k' key, ':' colon.
  const stack: ('[' | '{')[] = [];
  let expect: 'value' | 'after' | 'key' | 'colon' | 'first-value' | 'first-key' = 'value';
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else if (c.charCodeAt(0) < 0x20) return false;
      else i++;
    }
    return false;
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  for (;;) {
    ws();
    if (i >= n) return expect === 'after' && stack.length === 0 ? -1 : n;
    const c = text[i]!;
    if (expect === 'value' || expect === 'first-value') {
      if (c === ']' && expect === 'first-value') {
        stack.pop();
        i++;
        expect = 'after';
      } else if (c === '[') {
        stack.push('[');
        i++;
        expect = 'first-value';
      } else if (c === '{') {
        stack.push('{');
        i++;
        expect = 'first-key';
      } else if (c === '"') {
        if (!string()) return i;
        expect = 'after';
      } else {
        literal.lastIndex = i;
        const m = literal.exec(text);
        if (!m) return i;
        i += m[0].length;
        expect = 'after';
      }
    } else if (expect === 'key' || expect === 'first-key') {
      if (c === '}' && expect === 'first-key') {
        stack.pop();
        i++;
        expect = 'after';
      } else if (c === '"') {
        if (!string()) return i;
        expect = 'colon';
      } else return i;
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        expect = top === '[' ? 'value' : 'key';
      } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
