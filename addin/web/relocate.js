/* Where is a finding's text now? Shared by the Word and Outlook hosts.
 *
 * The server's offsets describe the paragraphs as they were when they were checked. After an
 * edit they may point at other words, so a host never trusts an offset alone: it takes the
 * paragraph the finding was in (or, when paragraphs were added or removed, the nearest one
 * that still holds the words), and the occurrence of the finding's text whose surrounding
 * words match the old ones best. No match: null, and the pane says the text has changed.
 */
"use strict";

(function () {
  const CONTEXT = 24; // UTF-16 units of context compared on each side
  const NEIGHBOURS = 6; // how far (in paragraphs) a moved paragraph is looked for

  function occurrences(text, needle) {
    const out = [];
    if (!needle) return out;
    let pos = text.indexOf(needle);
    while (pos !== -1) {
      out.push(pos);
      pos = text.indexOf(needle, pos + 1);
    }
    return out;
  }

  function commonSuffix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
    return n;
  }
  function commonPrefix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return n;
  }

  // -> {paragraph, offset, length} in `now` (array of paragraph texts), or null.
  function relocate(oldText, offset, length, index, now) {
    const needle = oldText.substr(offset, length);
    if (!needle) return null;
    const before = oldText.slice(Math.max(0, offset - CONTEXT), offset);
    const after = oldText.slice(offset + length, offset + length + CONTEXT);
    const order = [index];
    for (let d = 1; d <= NEIGHBOURS; d += 1) order.push(index - d, index + d);
    let best = null;
    for (const p of order) {
      if (p < 0 || p >= now.length) continue;
      const text = now[p];
      if (text === oldText) return { paragraph: p, offset, length };
      for (const at of occurrences(text, needle)) {
        const left = commonSuffix(text.slice(Math.max(0, at - CONTEXT), at), before);
        const right = commonPrefix(text.slice(at + length, at + length + CONTEXT), after);
        // the words around must still be there: the whole context on one side, or most of both
        const sure = left === before.length || right === after.length || left + right >= CONTEXT;
        if (!sure) continue;
        const score = left + right - Math.abs(p - index) - Math.abs(at - offset) / 1000;
        if (!best || score > best.score) best = { paragraph: p, offset: at, length, score };
      }
      if (best && p === index) break;
    }
    return best ? { paragraph: best.paragraph, offset: best.offset, length: best.length } : null;
  }

  const api = { relocate };
  if (typeof module !== "undefined") module.exports = api;
  if (typeof window !== "undefined") window.BrevlintRelocate = api;
})();
