/* brevlint task pane for Word (plain JS, no build step).
 *
 * Reads the document's paragraphs (body, and headers/footers where the API allows),
 * sends them to brevlint's /v1/check, lists the findings grouped by severity, selects
 * the flagged words on click and inserts a finding as a Word comment on request.
 * Letter text goes only to the brevlint server it was loaded from (or ?api=...).
 */
"use strict";

const WORD_SEARCH_LIMIT = 255; // Word's search() rejects longer strings
const SEVERITIES = [
  ["error", "Fejl"],
  ["warning", "Advarsler"],
  ["suggestion", "Forslag"],
];
const PART_LABELS = { body: "brødtekst", header: "sidehoved", footer: "sidefod" };

const state = { entries: [], findings: [], api: apiBase(), token: tokenFromUrl() };

function apiBase() {
  const params = new URLSearchParams(window.location.search);
  const given = params.get("api");
  if (given) return given.replace(/\/+$/, "");
  return window.location.origin;
}

function tokenFromUrl() {
  const params = new URLSearchParams(window.location.search);
  return params.get("token") || "";  // set in the manifest's SourceLocation (docs/addin.md)
}

function $(id) { return document.getElementById(id); }

function setStatus(text, isError) {
  const el = $("status");
  el.textContent = text;
  el.className = isError ? "error" : "";
}

/* ---- reading the document ------------------------------------------------ */

// Each entry: {text, part, section, kind, index} – where the paragraph lives, so a
// finding's paragraph number (index into the array we send) can be found again.
async function readParagraphs(context, withHeaders) {
  const body = context.document.body.paragraphs;
  body.load("items/text");
  let sections = null;
  if (withHeaders) {
    sections = context.document.sections;
    sections.load("items");
  }
  await context.sync();
  const entries = body.items.map((p, i) => ({ text: p.text, part: "body", section: 0, kind: null, index: i }));
  if (sections) {
    const collections = [];
    sections.items.forEach((section, s) => {
      for (const [part, getter] of [["header", "getHeader"], ["footer", "getFooter"]]) {
        try {
          const paras = section[getter]("Primary").paragraphs;
          paras.load("items/text");
          collections.push({ part, section: s, paras });
        } catch (e) {
          // headers/footers are not available on every platform: check the body only
        }
      }
    });
    try {
      await context.sync();
      for (const c of collections) {
        c.paras.items.forEach((p, i) =>
          entries.push({ text: p.text, part: c.part, section: c.section, kind: "Primary", index: i }));
      }
    } catch (e) {
      // ignore: body paragraphs are already there
    }
  }
  return entries;
}

function paragraphsOf(context, entry) {
  if (entry.part === "body") return context.document.body.paragraphs;
  const section = context.document.sections.items
    ? context.document.sections.items[entry.section]
    : null;
  const getter = entry.part === "header" ? "getHeader" : "getFooter";
  return section[getter](entry.kind).paragraphs;
}

async function loadParagraph(context, entry) {
  if (entry.part !== "body") {
    context.document.sections.load("items");
    await context.sync();
  }
  const paras = paragraphsOf(context, entry);
  paras.load("items/text");
  await context.sync();
  return paras.items[entry.index];
}

/* ---- locating a finding in Word ------------------------------------------ */

// Word's search treats "^" as a special-character prefix; "^^" finds a caret.
function escapeSearch(s) { return s.replace(/\^/g, "^^"); }

// Cut a string to at most n UTF-16 units without splitting a surrogate pair.
function headUnits(s, n) {
  if (s.length <= n) return s;
  let cut = n;
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut -= 1;
  return s.slice(0, cut);
}
function tailUnits(s, n) {
  if (s.length <= n) return s;
  let cut = s.length - n;
  const c = s.charCodeAt(cut);
  if (c >= 0xdc00 && c <= 0xdfff) cut += 1;
  return s.slice(cut);
}

// Which occurrence (0-based) of needle in text starts at `at` (UTF-16 offsets)?
function occurrenceIndex(text, needle, at) {
  let k = 0;
  let pos = text.indexOf(needle);
  while (pos !== -1 && pos < at) {
    k += 1;
    pos = text.indexOf(needle, pos + needle.length);
  }
  return pos === at ? k : -1;
}

// Searches never exceed WORD_SEARCH_LIMIT (escaping doubles carets, so budget for it).
function searchable(s, fromEnd) {
  let n = WORD_SEARCH_LIMIT;
  let part = fromEnd ? tailUnits(s, n) : headUnits(s, n);
  while (escapeSearch(part).length > WORD_SEARCH_LIMIT) {
    n -= 8;
    part = fromEnd ? tailUnits(s, n) : headUnits(s, n);
  }
  return part;
}

async function rangeAt(context, paragraph, text, needle, at) {
  const k = occurrenceIndex(text, needle, at);
  if (k < 0) return null;
  const results = paragraph.search(escapeSearch(needle), { matchCase: true, matchWildcards: false });
  results.load("items/text");
  await context.sync();
  return results.items[k] || null;
}

// The range of a finding: search the flagged text inside its paragraph; text longer
// than Word's search limit is found as a prefix and a suffix and joined (expandTo).
async function findingRange(context, paragraph, f) {
  const text = paragraph.text;
  const start = f.offset_utf16;
  const length = f.length_utf16;
  if (!length) return paragraph.getRange("Whole");
  const wanted = text.substr(start, length);
  if (!wanted.trim()) return paragraph.getRange("Whole");
  if (wanted.length <= WORD_SEARCH_LIMIT && escapeSearch(wanted).length <= WORD_SEARCH_LIMIT) {
    return (await rangeAt(context, paragraph, text, wanted, start)) || paragraph.getRange("Whole");
  }
  const head = searchable(wanted, false);
  const tail = searchable(wanted, true);
  const first = await rangeAt(context, paragraph, text, head, start);
  const last = await rangeAt(context, paragraph, text, tail, start + length - tail.length);
  if (!first) return paragraph.getRange("Whole");
  return last ? first.expandTo(last) : first;
}

async function withFindingRange(f, action) {
  const entry = state.entries[f.paragraph];
  if (!entry) return;
  await Word.run(async (context) => {
    const paragraph = await loadParagraph(context, entry);
    if (!paragraph) return;
    const range = await findingRange(context, paragraph, f);
    action(range);
    await context.sync();
  });
}

async function selectFinding(f) {
  try {
    await withFindingRange(f, (range) => range.select());
  } catch (e) {
    setStatus(`Kunne ikke markere teksten i Word (${e.message || e}).`, true);
  }
}

async function commentFinding(f) {
  const parts = [`brevlint (${f.rule}): ${f.message}`];
  if (f.replacements && f.replacements.length) parts.push(`Forslag: ${f.replacements.join(" / ")}`);
  try {
    await withFindingRange(f, (range) => range.insertComment(parts.join("\n")));
    setStatus("Kommentaren er indsat.");
  } catch (e) {
    setStatus(`Kunne ikke indsætte en kommentar (kræver Word API 1.4): ${e.message || e}`, true);
  }
}

/* ---- talking to brevlint --------------------------------------------------- */

async function callCheck(paragraphs) {
  const headers = { "Content-Type": "application/json" };
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  let resp;
  try {
    resp = await fetch(`${state.api}/v1/check`, {
      method: "POST", headers, body: JSON.stringify({ paragraphs, lang: "da" }),
    });
  } catch (e) {
    throw new Error(`Kan ikke få forbindelse til brevlint-serveren på ${state.api}. ` +
      "Kontrollér at »brevlint serve« kører, og at adressen og certifikatet er i orden.");
  }
  let body = null;
  try { body = await resp.json(); } catch (e) { body = null; }
  if (resp.status === 401) {
    throw new Error("brevlint-serveren kræver et gyldigt token. Bed din IT-afdeling om at tilføje ?token=… " +
      "til adressen i tilføjelsesprogrammets manifest (SourceLocation).");
  }
  if (!resp.ok) {
    const msg = body && body.error ? body.error.message : `HTTP ${resp.status}`;
    throw new Error(`brevlint-serveren afviste tjekket: ${msg}`);
  }
  return body;
}

async function runCheck() {
  const button = $("check");
  button.disabled = true;
  setStatus("Tjekker …");
  $("findings").textContent = "";
  $("summary").textContent = "";
  try {
    await Word.run(async (context) => {
      state.entries = await readParagraphs(context, $("headers").checked);
    });
    const result = await callCheck(state.entries.map((e) => e.text));
    state.findings = result.findings;
    render(result);
    setStatus(result.findings.length ? `${result.findings.length} fund.` : "Ingen fund – brevet ser fint ud.");
  } catch (e) {
    setStatus(e.message || String(e), true);
  } finally {
    button.disabled = false;
  }
}

/* ---- rendering ------------------------------------------------------------- */

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(result) {
  $("summary").textContent = `Profil: ${result.profile || "ukendt"}`;
  const root = $("findings");
  SEVERITIES.forEach(([sev, label]) => {
    const items = result.findings.map((f, i) => [f, i]).filter(([f]) => f.severity === sev);
    if (!items.length) return;
    const group = el("section", `group ${sev}`);
    group.dataset.severity = sev;
    group.appendChild(el("h2", sev, `${label} (${items.length})`));
    const list = el("ul");
    for (const [f, i] of items) list.appendChild(renderFinding(f, i));
    group.appendChild(list);
    root.appendChild(group);
  });
}

function renderFinding(f, i) {
  const li = el("li", `finding ${f.severity}`);
  li.dataset.index = String(i);
  li.dataset.rule = f.rule;
  li.tabIndex = 0;
  li.appendChild(el("div", "message", f.message));
  if (f.text) {
    const flagged = el("div", "flagged-line");
    flagged.appendChild(document.createTextNode("»"));
    flagged.appendChild(el("span", "flagged", f.text.length > 120 ? `${f.text.slice(0, 117)}…` : f.text));
    flagged.appendChild(document.createTextNode("«"));
    li.appendChild(flagged);
  }
  if (f.replacements && f.replacements.length) {
    li.appendChild(el("div", "suggestion-text", `Forslag: ${f.replacements.join(" / ")}`));
  }
  const entry = state.entries[f.paragraph];
  const where = entry ? `${PART_LABELS[entry.part] || entry.part}, afsnit ${entry.index + 1}` : "";
  li.appendChild(el("div", "meta", `${f.rule}${where ? " · " + where : ""}`));
  const actions = el("div", "actions");
  const comment = el("button", "comment", "Indsæt som kommentar");
  comment.type = "button";
  comment.addEventListener("click", (ev) => { ev.stopPropagation(); commentFinding(f); });
  actions.appendChild(comment);
  li.appendChild(actions);
  const activate = () => {
    document.querySelectorAll("li.finding.active").forEach((n) => n.classList.remove("active"));
    li.classList.add("active");
    selectFinding(f);
  };
  li.addEventListener("click", activate);
  li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") activate(); });
  return li;
}

/* ---- start ---------------------------------------------------------------- */

function start() {
  if (typeof Office === "undefined" || typeof Word === "undefined") {
    setStatus("Office.js kunne ikke indlæses – åbn siden som tilføjelsesprogram i Word.", true);
    return;
  }
  Office.onReady((info) => {
    if (info && info.host && info.host !== Office.HostType.Word) {
      setStatus("brevlint virker kun i Word.", true);
      return;
    }
    if (!Office.context.requirements.isSetSupported("WordApi", "1.4")) {
      setStatus("Din Word-version understøtter ikke Word API 1.4; kommentarer er ikke mulige.", true);
    } else {
      setStatus("Klar. Tryk »Tjek dokumentet«.");
    }
    $("check").disabled = false;
    $("check").addEventListener("click", runCheck);
  });
}

start();
