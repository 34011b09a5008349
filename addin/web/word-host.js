/* The Word host of the brevlint pane (see pane.js for the adapter contract).
 *
 * Paragraphs are read from the body and, where the API allows, the primary header and footer
 * of each section. A finding is found again by relocate.js in the paragraphs as they are now,
 * then by Word's search inside that paragraph (the occurrence index picks the right one), and
 * the range's text is compared with the finding's text before anything is selected, replaced
 * or commented. "Ignore here" is stored in a custom XML part of the document, never as text.
 */
"use strict";

(function () {
  const SEARCH_LIMIT = 255; // Word's search() rejects longer strings
  const NS = "urn:brevlint:suppressions:1";

  let commentsOk = false;

  async function ready() {
    if (typeof Office === "undefined" || typeof Word === "undefined") {
      return { ok: false, message: "Tilføjelsesprogrammet kunne ikke starte. Åbn det fra Word." };
    }
    const info = await new Promise((resolve) => Office.onReady(resolve));
    if (info && info.host && info.host !== Office.HostType.Word) {
      return { ok: false, message: "Denne rude virker kun i Word." };
    }
    const req = Office.context.requirements;
    if (!req.isSetSupported("WordApi", "1.3")) {
      return { ok: false, message: "Din version af Word er for gammel til brevlint. Kontakt IT." };
    }
    commentsOk = req.isSetSupported("WordApi", "1.4");
    host.canComment = commentsOk;
    return { ok: true };
  }

  async function read() {
    return Word.run(async (context) => {
      const body = context.document.body.paragraphs;
      body.load("items/text");
      const sections = context.document.sections;
      sections.load("items");
      await context.sync();
      const entries = body.items.map((p, i) => ({ text: p.text, part: "body", section: 0, index: i }));
      const extra = [];
      sections.items.forEach((section, s) => {
        for (const [part, getter] of [["header", "getHeader"], ["footer", "getFooter"]]) {
          try {
            const paras = section[getter]("Primary").paragraphs;
            paras.load("items/text");
            extra.push({ part, section: s, paras });
          } catch (e) { /* not on every platform: the body is still checked */ }
        }
      });
      try {
        await context.sync();
        for (const c of extra) {
          c.paras.items.forEach((p, i) => entries.push({ text: p.text, part: c.part, section: c.section, index: i }));
        }
      } catch (e) { /* headers and footers unavailable */ }
      return entries;
    });
  }

  function collectionOf(context, part, section) {
    if (part === "body") return context.document.body.paragraphs;
    const sec = context.document.sections.items[section];
    return sec[part === "header" ? "getHeader" : "getFooter"]("Primary").paragraphs;
  }

  function escapeSearch(s) { return s.replace(/\^/g, "^^"); }
  function fits(s) { return s.length <= SEARCH_LIMIT && escapeSearch(s).length <= SEARCH_LIMIT; }

  function occurrenceIndex(text, needle, at) {
    let k = 0;
    let pos = text.indexOf(needle);
    while (pos !== -1 && pos < at) { k += 1; pos = text.indexOf(needle, pos + 1); }
    return pos === at ? k : -1;
  }

  // The range of `length` units at `offset` in `paragraph` (text `text`), found by search.
  async function rangeIn(context, paragraph, text, offset, length) {
    const wanted = text.substr(offset, length);
    if (fits(wanted)) {
      const k = occurrenceIndex(text, wanted, offset);
      const hits = paragraph.search(escapeSearch(wanted), { matchCase: true, matchWildcards: false });
      hits.load("items/text");
      await context.sync();
      const r = hits.items[k];
      return r && r.text === wanted ? r : null;
    }
    // longer than Word's search limit: a head and a tail joined
    let n = SEARCH_LIMIT;
    while (!fits(wanted.slice(0, n)) || !fits(wanted.slice(-n))) n -= 8;
    const head = await rangeIn(context, paragraph, text, offset, n);
    const tail = await rangeIn(context, paragraph, text, offset + length - n, n);
    if (!head || !tail) return null;
    const whole = head.expandTo(tail);
    whole.load("text");
    await context.sync();
    return whole.text === wanted ? whole : null;
  }

  // A target is {entry, offset, length}: resolved against the document as it is now.
  async function resolve(entry, f, entries) {
    if (!entry) return null;
    const length = f.length_utf16 || 0;
    if (!length) return { entry, offset: 0, length: 0, whole: true };
    const now = await read();
    const same = (e) => e.part === entry.part && e.section === entry.section;
    const olds = entries.filter(same).map((e) => e.text);
    const nows = now.filter(same);
    const hit = window.BrevlintRelocate.relocate(olds[entry.index], f.offset_utf16, length, entry.index,
      nows.map((e) => e.text));
    if (!hit) return null;
    return { entry: nows[hit.paragraph], offset: hit.offset, length: hit.length, text: f.text };
  }

  async function withRange(target, action) {
    return Word.run(async (context) => {
      if (target.entry.part !== "body") {
        context.document.sections.load("items");
        await context.sync();
      }
      const paras = collectionOf(context, target.entry.part, target.entry.section);
      paras.load("items/text");
      await context.sync();
      const paragraph = paras.items[target.entry.index];
      if (!paragraph || paragraph.text !== target.entry.text) throw new Error("paragraph changed");
      const range = target.whole ? paragraph.getRange("Whole")
        : await rangeIn(context, paragraph, paragraph.text, target.offset, target.length);
      if (!range) throw new Error("text not found");
      await action(range, paragraph, context);
      await context.sync();
    });
  }

  const host = {
    name: "word",
    canComment: false,
    ready,
    read,
    resolve,
    select: (t) => withRange(t, (r) => r.select()),
    comment: (t, text) => withRange(t, (r) => r.insertComment(text)),
    // One edit replaces the finding's words; edits around them are applied to sub-ranges.
    replace: (t, edits) => withRange(t, async (range, paragraph, context) => {
      const ordered = [...edits].sort((a, b) => b.offset - a.offset);
      for (const e of ordered) {
        if (e.offset === 0 && e.length === t.length) {
          range.insertText(e.text, "Replace");
        } else {
          const sub = await rangeIn(context, paragraph, paragraph.text, t.offset + e.offset, e.length);
          if (!sub) throw new Error("edit range not found");
          sub.insertText(e.text, "Replace");
        }
      }
    }),
    // One custom XML part holds the document's suppressions, in the form the CLI reads
    // (linter/suppressions.py): <suppress rule="…" text="…"/> silences that rule on those words.
    suppress: (f) => Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(NS);
      parts.load("items");
      await context.sync();
      const xmls = parts.items.map((p) => p.getXml());
      await context.sync();
      const entries = xmls.flatMap((x) => entriesOf(x.value));
      entries.push({ rule: f.rule, text: f.text });
      parts.items.forEach((p) => p.delete());
      const body = entries.map((e) => `<suppress rule="${escapeXml(e.rule)}" text="${escapeXml(e.text)}"/>`).join("");
      context.document.customXmlParts.add(`<suppressions xmlns="${NS}">${body}</suppressions>`);
      await context.sync();
    }),
    suppressed: () => Word.run(async (context) => {
      if (!context.document.customXmlParts) return [];
      const parts = context.document.customXmlParts.getByNamespace(NS);
      parts.load("items");
      await context.sync();
      const xmls = parts.items.map((p) => p.getXml());
      await context.sync();
      return xmls.flatMap((x) => entriesOf(x.value)).map((e) => `${e.rule}|${e.text}`);
    }).catch(() => []),
    onChange(cb) {
      try {
        Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, cb);
      } catch (e) { /* no events: re-check on demand only */ }
    },
  };

  function entriesOf(xml) {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return [...doc.getElementsByTagNameNS(NS, "suppress")].map((n) => ({
      rule: n.getAttribute("rule"), text: n.getAttribute("text") || "" }));
  }

  function escapeXml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  }

  (window.BrevlintHosts = window.BrevlintHosts || {}).word = host;
})();
