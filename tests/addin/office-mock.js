/* A small fake of Office.js for the pane tests (served instead of office.js).
 *
 * Word: the document comes from window.__BREVLINT_FIXTURE = {body: [...], header: [...],
 * footer: [...], wordApi: "1.4"}. Every selection, comment, replacement, search and custom
 * XML part is recorded in window.__mock; window.__mockEdit(part, index, text) and
 * window.__mockInsert(part, index, text) change the document as a writer would. Like Word,
 * search() rejects strings longer than 255 characters and treats "^^" as a caret.
 *
 * Outlook: window.__BREVLINT_MAIL = {html: "...", type: "html"} makes a compose item whose body
 * is read and written with getAsync/setAsync; custom properties and the on-send event are faked.
 */
(function () {
  "use strict";
  const fixture = window.__BREVLINT_FIXTURE || { body: [], header: [], footer: [] };
  const mail = window.__BREVLINT_MAIL || null;
  const mock = { selected: null, comments: [], searches: [], replaced: [], xmlParts: [], syncs: 0, handlers: [] };
  window.__mock = mock;
  const doc = { body: [...(fixture.body || [])], header: [...(fixture.header || [])], footer: [...(fixture.footer || [])] };
  window.__mockDoc = doc;

  class Range {
    constructor(part, paragraph, start, end) {
      Object.assign(this, { part, paragraph, start, end });
      this.text = doc[part][paragraph].slice(start, end);
    }
    load() { return this; }
    select() { mock.selected = { ...this.where(), text: this.text }; }
    where() { return { part: this.part, paragraph: this.paragraph, offset: this.start, length: this.end - this.start }; }
    expandTo(other) {
      if (other.part !== this.part || other.paragraph !== this.paragraph) throw new Error("mock: cross-paragraph expand");
      return new Range(this.part, this.paragraph, Math.min(this.start, other.start), Math.max(this.end, other.end));
    }
    insertComment(text) { mock.comments.push({ ...this.where(), text, commented: this.text }); return { load() {} }; }
    insertText(text, where) {
      if (where !== "Replace") throw new Error("mock: only Replace");
      const t = doc[this.part][this.paragraph];
      doc[this.part][this.paragraph] = t.slice(0, this.start) + text + t.slice(this.end);
      mock.replaced.push({ ...this.where(), was: this.text, text });
      return this;
    }
  }

  class Paragraph {
    constructor(part, index) { Object.assign(this, { part, index }); this.text = doc[part][index]; }
    load() { return this; }
    getRange() { return new Range(this.part, this.index, 0, doc[this.part][this.index].length); }
    search(raw, options) {
      mock.searches.push({ length: raw.length, options });
      if (raw.length > 255) throw new Error("SearchStringInvalidOrTooLong");
      const needle = raw.replace(/\^\^/g, "^");
      const text = doc[this.part][this.index];
      const items = [];
      let pos = text.indexOf(needle);
      while (pos !== -1 && needle.length) {
        items.push(new Range(this.part, this.index, pos, pos + needle.length));
        pos = text.indexOf(needle, pos + 1);
      }
      return { items, load() { return this; } };
    }
  }

  function collection(part) {
    return { get items() { return doc[part].map((_, i) => new Paragraph(part, i)); }, load() { return this; } };
  }
  const sectionItem = {
    getHeader() { return { paragraphs: collection("header") }; },
    getFooter() { return { paragraphs: collection("footer") }; },
  };
  const customXmlParts = {
    add(xml) { mock.xmlParts.push(xml); return {}; },
    getByNamespace(ns) {
      const items = mock.xmlParts.filter((x) => x.includes(`xmlns="${ns}"`)).map((x) => ({
        getXml: () => ({ value: x }),
        delete: () => { mock.xmlParts.splice(mock.xmlParts.indexOf(x), 1); },
      }));
      return { items, load() { return this; } };
    },
  };
  const context = {
    document: { body: { paragraphs: collection("body") }, sections: { items: [sectionItem], load() { return this; } },
      customXmlParts },
    sync() { mock.syncs += 1; return Promise.resolve(); },
  };
  const changed = () => mock.handlers.forEach((h) => h({}));
  window.__mockEdit = (part, index, text) => { doc[part][index] = text; changed(); };
  window.__mockInsert = (part, index, text) => { doc[part].splice(index, 0, text); changed(); };

  const wordApi = Number(fixture.wordApi || "1.4");
  window.Word = { run: (fn) => Promise.resolve().then(() => fn(context)) };

  /* ---- Outlook ------------------------------------------------------------------------- */
  const props = {};
  const item = mail ? {
    body: {
      getTypeAsync(cb) { cb({ status: "succeeded", value: mail.type || "html" }); },
      getAsync(type, cb) {
        const value = type === "html" ? mail.html : new DOMParser().parseFromString(mail.html, "text/html").body.innerText;
        cb({ status: "succeeded", value });
      },
      setAsync(value, options, cb) { mail.html = value; mock.replaced.push({ html: value }); cb({ status: "succeeded" }); },
    },
    loadCustomPropertiesAsync(cb) {
      cb({ status: "succeeded", value: { get: (k) => props[k], set: (k, v) => { props[k] = v; }, saveAsync: (f) => f() } });
    },
  } : null;
  window.__mockMailProps = props;

  window.Office = {
    HostType: { Word: "Word", Outlook: "Outlook" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged", ItemChanged: "olkItemSelectedChanged" },
    context: {
      requirements: { isSetSupported: (name, v) => name === "WordApi" && Number(v) <= wordApi },
      document: { addHandlerAsync(type, handler) { mock.handlers.push(handler); } },
      mailbox: item ? { item, addHandlerAsync(type, handler) { mock.handlers.push(handler); } } : undefined,
    },
    actions: { associate(name, fn) { (window.__mockActions = window.__mockActions || {})[name] = fn; } },
    onReady(cb) {
      const info = { host: mail ? "Outlook" : "Word", platform: "PC" };
      setTimeout(() => cb && cb(info), 0);
      return Promise.resolve(info);
    },
  };
})();
