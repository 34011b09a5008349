/* A small fake of Office.js / the Word API for the task pane test (served instead of
 * office.js). The document comes from window.__BREVLINT_FIXTURE = {body: [...],
 * header: [...], footer: [...]}. It records every selection, comment and search in
 * window.__mock so the test can check the right range was selected. Like Word,
 * search() rejects strings longer than 255 characters and treats "^^" as a caret. */
(function () {
  "use strict";
  const fixture = window.__BREVLINT_FIXTURE || { body: [], header: [], footer: [] };
  const mock = { selected: null, comments: [], searches: [], syncs: 0 };
  window.__mock = mock;

  class Range {
    constructor(part, paragraph, start, end, textOf) {
      Object.assign(this, { part, paragraph, start, end });
      this._textOf = textOf;
      this.text = textOf().slice(start, end);
    }
    load() { return this; }
    select() { mock.selected = this.where(); }
    where() { return { part: this.part, paragraph: this.paragraph, offset: this.start, length: this.end - this.start }; }
    expandTo(other) {
      if (other.part !== this.part || other.paragraph !== this.paragraph) throw new Error("mock: cross-paragraph expand");
      return new Range(this.part, this.paragraph, Math.min(this.start, other.start), Math.max(this.end, other.end),
        this._textOf);
    }
    insertComment(text) { mock.comments.push({ ...this.where(), text }); return { load() {} }; }
  }

  class Paragraph {
    constructor(part, index, text) { Object.assign(this, { part, index, text }); }
    load() { return this; }
    getRange(where) {
      const t = () => this.text;
      if (where === "Start") return new Range(this.part, this.index, 0, 0, t);
      return new Range(this.part, this.index, 0, this.text.length, t);
    }
    search(raw, options) {
      mock.searches.push({ length: raw.length, options });
      if (raw.length > 255) throw new Error("SearchStringInvalidOrTooLong");
      const needle = raw.replace(/\^\^/g, "^");
      const items = [];
      const hay = options && options.matchCase === false ? this.text.toLowerCase() : this.text;
      const find = options && options.matchCase === false ? needle.toLowerCase() : needle;
      let pos = hay.indexOf(find);
      while (pos !== -1 && find.length) {
        items.push(new Range(this.part, this.index, pos, pos + find.length, () => this.text));
        pos = hay.indexOf(find, pos + find.length);
      }
      return { items, load() { return this; } };
    }
  }

  function collection(part, texts) {
    return { items: texts.map((t, i) => new Paragraph(part, i, t)), load() { return this; } };
  }

  const body = { paragraphs: collection("body", fixture.body || []) };
  const sectionItem = {
    getHeader() { return { paragraphs: collection("header", fixture.header || []) }; },
    getFooter() { return { paragraphs: collection("footer", fixture.footer || []) }; },
  };
  const context = {
    document: { body, sections: { items: [sectionItem], load() { return this; } } },
    sync() { mock.syncs += 1; return Promise.resolve(); },
  };

  window.Word = { run: (fn) => Promise.resolve().then(() => fn(context)) };
  window.Office = {
    HostType: { Word: "Word" },
    context: { requirements: { isSetSupported: (name, v) => name === "WordApi" && Number(v) <= 1.4 } },
    onReady(cb) {
      const info = { host: "Word", platform: "PC" };
      setTimeout(() => cb && cb(info), 0);
      return Promise.resolve(info);
    },
  };
})();
