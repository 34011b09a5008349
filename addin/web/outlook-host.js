/* The Outlook host of the brevlint pane: the mail being composed (see pane.js for the contract).
 *
 * The body is read as HTML and cut into paragraphs at block elements and <br>, so every
 * character the server sees maps to one text node; a fix edits those text nodes and writes
 * the HTML back (formatting kept). Plain-text mail is split at line breaks. Outlook has no
 * comments, so the comment action is not offered; "ignore here" is stored in the item's
 * custom properties, never in the mail.
 */
"use strict";

(function () {
  const BLOCK = new Set(["P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE",
    "TABLE", "UL", "OL", "SECTION", "ARTICLE", "HEADER", "FOOTER"]);
  const PROP = "brevlintIgnore";

  let mode = "html"; // body coercion type of the open item
  let doc = null; // the parsed HTML body of the last read
  let paragraphs = []; // [{text, nodes: [{node, start}]}]

  function item() { return Office.context.mailbox.item; }

  function getBody(type) {
    return new Promise((resolve, reject) => item().body.getAsync(type, (r) =>
      (r.status === "succeeded" ? resolve(r.value) : reject(new Error("body")))));
  }
  function setBody(value, type) {
    return new Promise((resolve, reject) => item().body.setAsync(value, { coercionType: type }, (r) =>
      (r.status === "succeeded" ? resolve() : reject(new Error("body")))));
  }

  // Paragraphs of an HTML body: text nodes in document order, a new paragraph at each block or <br>.
  function split(root) {
    const out = [{ text: "", nodes: [] }];
    const breakHere = () => { if (out[out.length - 1].nodes.length || out[out.length - 1].text) out.push({ text: "", nodes: [] }); };
    (function walk(node) {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) {
          const cur = out[out.length - 1];
          const value = child.nodeValue.replace(/\s+/g, " ");
          cur.nodes.push({ node: child, start: cur.text.length, raw: child.nodeValue, value });
          cur.text += value;
        } else if (child.nodeType === 1) {
          const tag = child.tagName.toUpperCase();
          if (tag === "SCRIPT" || tag === "STYLE" || tag === "HEAD") continue;
          if (tag === "BR") { breakHere(); continue; }
          const block = BLOCK.has(tag);
          if (block) breakHere();
          walk(child);
          if (block) breakHere();
        }
      }
    })(root);
    return out.filter((p) => p.nodes.length);
  }

  async function read() {
    mode = item().body.getTypeAsync ? await new Promise((resolve) => item().body.getTypeAsync((r) =>
      resolve(r.status === "succeeded" ? r.value : "html"))) : "html";
    if (mode === "text") {
      const text = await getBody("text");
      doc = null;
      paragraphs = text.split(/\r?\n/).map((t) => ({ text: t, nodes: [] }));
    } else {
      const html = await getBody("html");
      doc = new DOMParser().parseFromString(html, "text/html");
      paragraphs = split(doc.body);
    }
    return paragraphs.map((p, i) => ({ text: p.text, part: "body", section: 0, index: i }));
  }

  async function resolve(entry, f, entries) {
    if (!entry) return null;
    const length = f.length_utf16 || 0;
    const now = await read();
    if (!length) return { paragraph: entry.index, offset: 0, length: 0 };
    const hit = window.BrevlintRelocate.relocate(entries[entry.index].text, f.offset_utf16, length, entry.index,
      now.map((e) => e.text));
    return hit ? { paragraph: hit.paragraph, offset: hit.offset, length: hit.length, text: f.text } : null;
  }

  // Replace [start, end) of paragraph p's text in the text nodes that hold it.
  function editNodes(p, start, end, text) {
    let first = true;
    for (const n of p.nodes) {
      const a = n.start;
      const b = n.start + n.value.length;
      if (b <= start || a >= end) continue;
      const from = Math.max(start, a) - a;
      const to = Math.min(end, b) - a;
      n.value = n.value.slice(0, from) + (first ? text : "") + n.value.slice(to);
      n.node.nodeValue = n.value;
      first = false;
    }
  }

  const host = {
    name: "outlook",
    canComment: false,
    async ready() {
      if (typeof Office === "undefined") return { ok: false, message: "Åbn brevlint fra Outlook." };
      const info = await new Promise((resolve) => Office.onReady(resolve));
      if (info && info.host && info.host !== Office.HostType.Outlook) {
        return { ok: false, message: "Denne rude virker kun i Outlook." };
      }
      if (!Office.context.mailbox || !Office.context.mailbox.item || !item().body.setAsync) {
        return { ok: false, message: "brevlint tjekker mails, mens du skriver dem. Åbn en ny mail." };
      }
      return { ok: true };
    },
    read,
    resolve,
    async select(t) {
      // Outlook cannot select a range in the body: the card itself is highlighted instead.
      return t;
    },
    async replace(t, edits) {
      const p = paragraphs[t.paragraph];
      if (!p || p.text.substr(t.offset, t.length) !== t.text) throw new Error("changed");
      const ordered = [...edits].sort((a, b) => b.offset - a.offset);
      if (mode === "text") {
        let s = p.text;
        for (const e of ordered) s = s.slice(0, t.offset + e.offset) + e.text + s.slice(t.offset + e.offset + e.length);
        p.text = s;
        await setBody(paragraphs.map((x) => x.text).join("\n"), "text");
        return;
      }
      for (const e of ordered) editNodes(p, t.offset + e.offset, t.offset + e.offset + e.length, e.text);
      await setBody(doc.body.innerHTML, "html");
    },
    async comment() { throw new Error("Outlook has no comments"); },
    suppress(f, key) {
      return new Promise((resolve, reject) => item().loadCustomPropertiesAsync((r) => {
        if (r.status !== "succeeded") { reject(new Error("props")); return; }
        const props = r.value;
        const keys = JSON.parse(props.get(PROP) || "[]");
        keys.push(key);
        props.set(PROP, JSON.stringify(keys));
        props.saveAsync(() => resolve());
      }));
    },
    suppressed() {
      return new Promise((resolve) => item().loadCustomPropertiesAsync((r) =>
        resolve(r.status === "succeeded" ? JSON.parse(r.value.get(PROP) || "[]") : [])));
    },
    onChange(cb) {
      try {
        Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, cb);
      } catch (e) { /* re-check on demand */ }
    },
  };

  (window.BrevlintHosts = window.BrevlintHosts || {}).outlook = host;
})();
