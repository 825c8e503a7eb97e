/**
 * Folding names for matching: tone marks and đ dropped, lower case, white space squashed
 * ("Hương  Thủy" → "huong thuy"); and a name's letters without marks for its English form.
 */

/** Strip tone marks and đ for matching: "Hương Thủy" → "huong thuy". */
export function foldName(s: string): string {
  // A new unit's name is folded three times in a row (its key, its level, its ascii name).
  if (s === lastFoldIn) return lastFoldOut;
  lastFoldIn = s;
  return (lastFoldOut = foldQuick(s, true) ?? squashSpaces((isLatin(s) ? foldLatin(s) : stripMarks(s)).toLowerCase()).trim());
}
let lastFoldIn = '';
let lastFoldOut = '';

/**
 * Per letter of U+0080–U+024F and of U+1E00–U+1EFF (Vietnamese with tone marks): what it folds
 * to when that is one ASCII character (its code), DROP for nothing, OTHER for anything else; 0
 * while not yet asked.
 */
const FOLDED = new Uint16Array(0x250 + 0x100);
const DROP = 0xffff, OTHER = 0xfffe;

function foldedCode(c: number): number {
  const i = c < 0x250 ? c : c - 0x1e00 + 0x250;
  let f = FOLDED[i]!;
  if (f === 0) {
    const s = stripMarks(String.fromCharCode(c));
    f = s === '' ? DROP : s.length === 1 && s.charCodeAt(0) < 0x80 ? s.charCodeAt(0) : OTHER;
    FOLDED[i] = f;
  }
  return f;
}

/**
 * s folded in one pass when every letter folds to one ASCII character (or to nothing); for a
 * `name` (foldName) also in lower case, white space squashed and trimmed as it goes. Null for
 * anything else (the general rule then). Names are folded by the ten thousand: lower-casing,
 * squashing and trimming after the letters were a third of a fold.
 */
function foldQuick(s: string, name: boolean): string | null {
  if (s.length > 1024) return null;
  const codes: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f = c;
    if (c >= 0x80) {
      if (name && c === 0xa0) f = 32;
      else if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff)) {
        f = foldedCode(c);
        if (f === DROP) continue;
        if (f === OTHER) return null;
      } else return null;
    }
    if (name) {
      if (f >= 65 && f <= 90) f += 32;
      // White space as JavaScript's \s has it in these ranges: tab to carriage return, space, no-break space.
      else if (f === 32 || (f >= 9 && f <= 13)) { space = codes.length > 0; continue; }
      if (space) { codes.push(32); space = false; }
    }
    codes.push(f);
  }
  return String.fromCharCode(...codes);
}

/**
 * Latin text (Vietnamese included) folds letter by letter, each distinct letter once: every mark
 * these letters decompose to is one the general rule drops, so the order of marks never matters.
 */
function isLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (!(c < 0x250 || (c >= 0x1e00 && c <= 0x1eff))) return false; }
  return true;
}

/** Runs of white space as one space: the string itself when there is none to change (names are folded by the thousand). */
export function squashSpaces(s: string): string {
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

const stripMarks = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const foldedLetter = new Map<number, string>();

function foldLatin(s: string): string {
  // A new unit's name comes here twice in a row (its folded name, its English name).
  if (s === lastLatinIn) return lastLatinOut;
  lastLatinIn = s;
  return (lastLatinOut = foldLetters(s));
}
let lastLatinIn = '';
let lastLatinOut = '';

function foldLetters(s: string): string {
  // Built from character codes: a text of one-byte codes is stored one byte a letter, and the lower
  // casing and matching after it are faster on that than on slices of the two-byte original.
  if (s.length <= 1024) {
    const codes: number[] = [];
    let changed = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) { codes.push(c); continue; }
      let f = foldedLetter.get(c);
      if (f === undefined) foldedLetter.set(c, (f = stripMarks(s[i]!)));
      for (let k = 0; k < f.length; k++) codes.push(f.charCodeAt(k));
      changed = true;
    }
    return changed ? String.fromCharCode(...codes) : s;
  }
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    let f = foldedLetter.get(c);
    if (f === undefined) foldedLetter.set(c, (f = stripMarks(s[i]!)));
    out += s.slice(from, i) + f;
    from = i + 1;
  }
  return from ? out + s.slice(from) : s;
}

/** A name's letters without marks, in their case and spacing (a unit's English name). */
export function foldAsciiTitle(s: string): string {
  return foldQuick(s, false) ?? (isLatin(s) ? foldLatin(s) : stripMarks(s));
}
