/* brevlint pane: the host-independent part of the Word and Outlook panes (plain JS, no build step).
 *
 * Both host adapters (word-host.js, outlook-host.js) register in window.BrevlintHosts before this
 * file runs; the one of the Office application that opened the pane (Office.onReady) is used:
 *   name                         "word" | "outlook"
 *   ready()                      -> Promise<{ok, message}> (requirement sets, host type)
 *   read()                       -> Promise<[{text, part, ...}]>  the paragraphs, in the order sent
 *   resolve(entry, f, entries)   -> Promise<target|null>  where the finding's text is NOW, verified
 *   select(target)               -> Promise
 *   replace(target, edits)       -> Promise   edits relative to the finding's start (UTF-16)
 *   comment(target, text)        -> Promise   (only when canComment)
 *   suppress(f, key)             -> Promise   stores "ignore here" (rule + words) in the document
 *   suppressed()                 -> Promise<[key]>
 *   canComment, onChange(cb)     document-changed notification (debounced here)
 * Letter text goes only to the brevlint server the pane was loaded from (or ?api=...).
 */
"use strict";

(function () {
  const TIMEOUT_MS = 30000;
  const RECHECK_DEBOUNCE_MS = 1500;
  const SEVERITY = {
    error: { label: "Fejl", icon: "✖" },
    warning: { label: "Advarsel", icon: "▲" },
    suggestion: { label: "Forslag", icon: "●" },
  };
  const PROFILES = [
    ["", "Find selv brevets retning"],
    ["sundhed-til-job", "Sundhed → jobcenter"],
    ["job-til-sundhed", "Jobcenter → sundhed"],
    ["generel", "Andet brev (generelt)"],
  ];
  const PROFILE_NAMES = Object.fromEntries(PROFILES.filter(([v]) => v));
  // Short Danish names of the document-level requirements (the checklist rows).
  const REQUIREMENT_NAMES = {
    "kontakt.navn": "Afsenderens navn",
    "kontakt.telefon": "Direkte telefonnummer",
    "kontakt.email": "Personlig e-mail",
    "kontakt.afdeling": "Ikke kun afdelingens kontaktoplysninger",
    "samtykke": "Borgerens samtykke",
    "sundhed.nuvaerende-job": "Nuværende job og krav",
    "sundhed.funktionsniveau": "Funktionsniveau",
    "sundhed.skaanehensyn": "Skånehensyn",
    "sundhed.tidsplan": "Tidsplan",
    "sundhed.prognose": "Forventning til arbejde",
    "job.efterspurgt-info": "Hvad I beder om",
    "job.frist": "Hvornår I skal bruge svaret",
    "job.formaal": "Hvad svaret skal bruges til",
    "sprog.lix": "Læsbarhed (LIX)",
  };

  // How the pane marks the sender's contact details (whose they are); the reason itself comes from the
  // server as words (`reason_text`, one table in linter/i18n.py), the code only when it sends none.
  const CONTACT_TAGS = {
    phones: { personal: "Personligt nummer", department: "Hovednummer / afdeling", what: "Telefon" },
    emails: { personal: "Personlig e-mail", department: "Afdelingens postkasse", what: "E-mail" },
  };

  let host = null; // chosen in start() by the Office application that opened the pane
  const state = {
    api: apiBase(), token: tokenFromUrl(), entries: [], result: null, rules: null, profile: "",
    busy: false, lastTexts: null, suppressed: new Set(), dirty: false,
  };

  function apiBase() {
    const given = new URLSearchParams(window.location.search).get("api");
    return given ? given.replace(/\/+$/, "") : window.location.origin;
  }
  function tokenFromUrl() {
    return new URLSearchParams(window.location.search).get("token") || "";
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function button(cls, text, label, onClick) {
    const b = el("button", cls, text);
    b.type = "button";
    if (label) b.setAttribute("aria-label", label);
    b.addEventListener("click", (ev) => { ev.stopPropagation(); onClick(b); });
    return b;
  }

  /* ---- status: polite for progress, an alert for errors -------------------- */

  function setBusy(on) {
    state.busy = on;
    $("check").disabled = on;
    $("check").setAttribute("aria-busy", on ? "true" : "false");
    $("spinner").hidden = !on;
  }
  function showError(text) {
    const box = $("error");
    box.textContent = "";
    box.appendChild(el("p", null, text));
    box.appendChild(button("retry", "Prøv igen", "Prøv at tjekke brevet igen", () => runCheck()));
    box.hidden = false;
  }
  function clearError() { $("error").hidden = true; $("error").textContent = ""; }
  function say(text) { $("status").textContent = text; }

  /* ---- talking to the server ------------------------------------------------- */

  // A friendly Danish message per failure; server messages (often English) are not shown.
  async function api(path, body) {
    const headers = { "Content-Type": "application/json" };
    if (state.token) headers.Authorization = `Bearer ${state.token}`;
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
    let resp;
    try {
      resp = await fetch(`${state.api}${path}`, {
        method: body ? "POST" : "GET", headers, body: body ? JSON.stringify(body) : undefined, signal: ctrl.signal,
      });
    } catch (e) {
      if (e && e.name === "AbortError") throw new Error("Tjekket tog for lang tid. Prøv igen om lidt.");
      throw new Error("Tjekkeren kan ikke nås lige nu. Kontakt IT, hvis det fortsætter.");
    } finally {
      clearTimeout(timer);
    }
    if (resp.status === 401 || resp.status === 403) {
      throw new Error("Du har ikke adgang til tjekkeren. Kontakt IT.");
    }
    if (resp.status === 413) throw new Error("Brevet er for langt til at blive tjekket her.");
    if (!resp.ok) throw new Error("Tjekket kunne ikke gennemføres. Prøv igen; kontakt IT, hvis det fortsætter.");
    try { return await resp.json(); } catch (e) {
      throw new Error("Tjekkeren svarede uventet. Prøv igen.");
    }
  }

  async function loadRules() {
    if (!state.rules) {
      const list = await api("/v1/rules?lang=da");
      state.rules = Object.fromEntries(list.map((r) => [r.id, r]));
    }
    return state.rules;
  }

  /* ---- checking ---------------------------------------------------------------- */

  async function runCheck() {
    if (state.busy) return;
    setBusy(true);
    clearError();
    say("Tjekker brevet …");
    try {
      const entries = await host.read();
      if (!entries.some((e) => e.text.trim())) {
        state.entries = entries;
        state.result = null;
        renderEmpty();
        say("Dokumentet er tomt – skriv brevet, og tjek det så.");
        return;
      }
      const body = { paragraphs: entries.map((e) => e.text), lang: "da" };
      if (state.profile) body.profile = state.profile;
      const [result] = await Promise.all([api("/v1/check", body), loadRules()]);
      state.suppressed = new Set(await host.suppressed());
      state.entries = entries;
      state.lastTexts = entries.map((e) => e.text).join("\n");
      state.result = result;
      state.dirty = false;
      render();
    } catch (e) {
      // keep the last results on screen: an error never wipes what the writer is working from
      showError(e.message || String(e));
      say(state.result ? "Viser resultatet af sidste tjek." : "");
    } finally {
      setBusy(false);
    }
  }

  /* ---- the sender: whom brevlint took as the sender, and why ------------------------ */

  function reasonOf(x) { return x.reason_text || x.reason || ""; }
  function hasPlace(place) {
    return place && typeof place.paragraph === "number" && place.paragraph >= 0 && state.entries[place.paragraph];
  }
  // "Vis" for a piece of evidence: selects its words in the document (as a finding's "Vis" does).
  function showButton(li, place, label) {
    if (!hasPlace(place)) return null;
    return button("show", "Vis", label, () => showPlace(place, li));
  }

  function renderSender(result) {
    const root = $("sender");
    root.textContent = "";
    const s = result.sender;
    if (!s) return; // an older server sends no sender
    root.appendChild(el("h2", null, "Afsender"));
    const list = el("ul", "sender-list");
    const who = el("li", `contact name ${s.name || s.place ? "found" : "missing"}`);
    who.dataset.what = "name";
    const head = el("div", "contact-head");
    // no name: a template's name field as written («Sagsbehandler_navn»), else "not found"
    const shown = s.name || (s.place && s.place.text) || "Navn ikke fundet";
    head.appendChild(el("strong", "sender-name", shown));
    const vis = showButton(who, s.place, "Vis afsenderens navn i brevet");
    if (vis) head.appendChild(vis);
    who.appendChild(head);
    const about = [s.role, s.organisation].filter(Boolean).join(" · ");
    if (about) who.appendChild(el("div", "sender-about", about));
    if (reasonOf(s)) who.appendChild(el("div", "reason", `${cap(reasonOf(s))}.`));
    who.appendChild(el("div", "card-status")).setAttribute("role", "status");
    list.appendChild(who);
    for (const what of ["phones", "emails"]) {
      for (const c of s[what] || []) list.appendChild(renderContact(what, c));
    }
    if (!(s.phones || []).length && !(s.emails || []).length) {
      list.appendChild(el("li", "contact none", "Ingen telefon eller e-mail fundet hos afsenderen."));
    }
    root.appendChild(list);
    for (const line of partyLines(result.parties || [])) root.appendChild(line);
  }

  function renderContact(what, c) {
    const tags = CONTACT_TAGS[what];
    const li = el("li", `contact ${what} ${c.personal ? "personal" : "department"}`);
    li.dataset.what = what;
    const written = (c.place && c.place.text) || c.number || c.address || "";
    const head = el("div", "contact-head");
    head.appendChild(el("span", `tag ${c.personal ? "personal" : "department"}`,
      c.personal ? tags.personal : tags.department));
    head.appendChild(el("span", "contact-value", written));
    const vis = showButton(li, c.place, `Vis ${tags.what.toLowerCase()} ${written} i brevet`);
    if (vis) head.appendChild(vis);
    li.appendChild(head);
    if (reasonOf(c)) li.appendChild(el("div", "reason", `${cap(reasonOf(c))}.`));
    li.appendChild(el("div", "card-status")).setAttribute("role", "status");
    return li;
  }

  // The recipients and the citizen, one short line each, when the letter names them.
  function partyLines(parties) {
    const out = [];
    for (const [kind, label] of [["recipient", "Modtager"], ["citizen", "Borger"]]) {
      const mine = parties.filter((p) => p.kind === kind);
      if (!mine.length) continue;
      const names = mine.map((p) => [p.name, p.organisation || p.role].filter(Boolean).join(", ")).filter(Boolean);
      if (!names.length) continue;
      const line = el("p", `party ${kind}`);
      line.appendChild(el("strong", null, `${label}: `));
      line.appendChild(document.createTextNode(names.join("; ")));
      if (reasonOf(mine[0])) line.appendChild(el("span", "meta", ` – ${reasonOf(mine[0])}`));
      out.push(line);
    }
    return out;
  }

  function cap(text) { return text ? text.charAt(0).toUpperCase() + text.slice(1) : text; }

  /* ---- the checklist ------------------------------------------------------------ */

  const ORDER = Object.keys(REQUIREMENT_NAMES);
  const byOrder = (a, b) => (ORDER.indexOf(a.rule) + 1 || 99) - (ORDER.indexOf(b.rule) + 1 || 99);

  function requirementRows(result) {
    return unorderedRows(result).sort(byOrder);
  }

  function unorderedRows(result) {
    const rules = state.rules || {};
    const docFindings = result.findings.filter((f) => f.document_level);
    if (Array.isArray(result.checklist) && result.checklist.length) {
      return result.checklist.filter((c) => c.status !== "not-applicable").map((c) => ({
        rule: c.rule, ok: c.status === "ok", item: c,
        finding: docFindings.find((f) => f.rule === c.rule) || null,
      }));
    }
    // No checklist from the server: rows from the rules of this profile and the whole-letter findings.
    const profile = result.profile || "generel";
    return Object.values(rules)
      .filter((r) => r.document_level && (r.profiles.includes("all") || r.profiles.includes(profile))
        && REQUIREMENT_NAMES[r.id])
      .map((r) => {
        const finding = docFindings.find((f) => f.rule === r.id) || null;
        return { rule: r.id, ok: !finding, item: null, finding };
      });
  }

  function profileLine(result) {
    const box = $("profile");
    box.textContent = "";
    const name = PROFILE_NAMES[result.profile] || "Ukendt retning";
    const line = el("p", "profile-name");
    line.appendChild(el("strong", null, name));
    const how = howFound(result);
    if (how) line.appendChild(el("span", "meta", ` – ${how}`));
    box.appendChild(line);
    const undecided = result.profile === "generel"
      && (result.profile_source || "").startsWith("undetected");
    if (undecided) {
      const warn = el("p", "warn", "");
      warn.setAttribute("role", "alert");
      warn.textContent = "Brevets retning kunne ikke afgøres, så indholdskravene (fx samtykke, tidsplan, frist) "
        + "er ikke tjekket. Vælg brevtypen herunder.";
      box.appendChild(warn);
    }
  }

  function howFound(result) {
    const src = result.profile_source || "";
    if (src.startsWith("request")) return "valgt af dig";
    if (src.startsWith("config")) return "valgt i opsætningen";
    const m = /^detected \((.*)\)$/.exec(src);
    if (m) {
      const words = m[1].replace(/afsender: |modtager: /g, "").split(/[;,]/).map((w) => w.trim())
        .filter((w) => w && w !== "–");
      return words.length ? `fundet ud fra: ${words.join(", ")}` : "fundet ud fra brevets indhold";
    }
    if (src.startsWith("undetected")) return "kunne ikke afgøres";
    return "";
  }

  function lixLine(result) {
    const box = $("lix");
    box.textContent = "";
    const lix = result.metrics && typeof result.metrics.lix === "number" ? result.metrics.lix : null;
    if (lix === null) return;
    const v = Math.round(lix);
    const words = v <= 34 ? "let at læse" : v <= 44 ? "middel" : v <= 54 ? "svær" : "meget svær";
    const p = el("p", "lix-line");
    p.appendChild(el("strong", null, `LIX ${v}`));
    p.appendChild(document.createTextNode(` (${words}). LIX måler lange sætninger og lange ord; `
      + "under 45 kan de fleste borgere læse teksten."));
    box.appendChild(p);
  }

  function renderChecklist(result) {
    const root = $("checklist");
    root.textContent = "";
    const rows = requirementRows(result);
    if (!rows.length) return;
    root.appendChild(el("h2", null, "Krav til brevet"));
    const list = el("ul", "checklist");
    for (const row of rows) list.appendChild(renderRow(row));
    root.appendChild(list);
  }

  function renderRow(row) {
    const name = REQUIREMENT_NAMES[row.rule] || (state.rules[row.rule] || {}).message || row.rule;
    const li = el("li", `req ${row.ok ? "ok" : "missing"}`);
    li.dataset.rule = row.rule;
    const head = el("div", "req-head");
    head.appendChild(el("span", "req-icon", row.ok ? "✓" : "✗")).setAttribute("aria-hidden", "true");
    head.appendChild(el("span", "req-name", name));
    head.appendChild(el("span", "visually-hidden", row.ok ? " – opfyldt" : " – mangler"));
    li.appendChild(head);
    if (!row.ok && row.finding) li.appendChild(el("div", "message", row.finding.message));
    const actions = el("div", "actions");
    const place = row.ok ? row.item : (row.finding && row.finding.place) || (row.item && row.item.text ? row.item : null);
    if (place && typeof place.paragraph === "number" && place.paragraph >= 0 && state.entries[place.paragraph]) {
      const label = row.ok ? "Vis hvor" : "Vis hvor det hører til";
      actions.appendChild(button("show", label, `${label}: ${name}`, () => showPlace(place, li)));
    }
    if (row.ok && row.item && row.item.text) {
      li.appendChild(el("div", "quote", `»${clip(row.item.text, 90)}«`));
    }
    if (!row.ok) actions.appendChild(button("why", "Hvorfor?", `Hvorfor: ${name}`, (b) => toggleWhy(li, row.rule, b)));
    if (actions.childNodes.length) li.appendChild(actions);
    li.appendChild(el("div", "card-status")).setAttribute("role", "status");
    return li;
  }

  function clip(s, n) { return s.length > n ? `${s.slice(0, n - 1)}…` : s; }

  function markActive(li) {
    document.querySelectorAll(".card.active, .req.active, .contact.active").forEach((n) => n.classList.remove("active"));
    li.classList.add("active");
  }

  async function showPlace(place, li) {
    markActive(li);
    const f = { paragraph: place.paragraph, offset_utf16: place.offset_utf16 || 0,
      length_utf16: place.length_utf16 || 0, text: place.text || "" };
    await withTarget(f, li, (t) => host.select(t));
  }

  function toggleWhy(li, rule, btn) {
    let box = li.querySelector(".why-panel");
    if (box) {
      box.remove();
      btn.setAttribute("aria-expanded", "false");
      return;
    }
    const r = (state.rules || {})[rule] || {};
    box = el("div", "why-panel");
    if (r.description) box.appendChild(el("p", null, r.description));
    if (r.source && r.source.quote) {
      const q = el("blockquote", null, r.source.quote);
      box.appendChild(q);
      box.appendChild(el("p", "meta", "Fra vejledningen til samarbejdet mellem sundhed og jobcenter."));
    }
    if (r.example) {
      box.appendChild(el("p", "example-label", "Sådan kan det se ud:"));
      box.appendChild(el("pre", "example", r.example));
    }
    li.appendChild(box);
    btn.setAttribute("aria-expanded", "true");
  }

  /* ---- word-level findings, grouped by word --------------------------------------- */

  // One card per flagged word: the same word flagged by several rules or in several places.
  function findingKey(f) { return f.text.toLowerCase(); }
  // "Ignore here" silences the rule on these words in this document (as the CLI reads it).
  function suppressionKey(f) { return `${f.rule}|${f.text}`; }

  function renderFindings(result) {
    const root = $("findings");
    root.textContent = "";
    const spans = result.findings
      .map((f, i) => ({ ...f, index: i }))
      .filter((f) => !f.document_level && !state.suppressed.has(suppressionKey(f)));
    spans.sort((a, b) => (a.paragraph - b.paragraph) || (a.offset_utf16 - b.offset_utf16));
    const groups = new Map();
    for (const f of spans) {
      const k = findingKey(f);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(f);
    }
    if (!groups.size) return;
    root.appendChild(el("h2", null, `Sprog og ord (${groups.size})`));
    const list = el("ul", "cards");
    for (const items of groups.values()) list.appendChild(renderCard(items));
    root.appendChild(list);
  }

  function renderCard(items) {
    const f = items[0];
    const sev = SEVERITY[f.severity] || SEVERITY.suggestion;
    const li = el("li", `card ${f.severity}`);
    li.dataset.index = String(f.index);
    li.dataset.rule = f.rule;
    const head = el("div", "card-head");
    const badge = el("span", `sev ${f.severity}`);
    badge.appendChild(el("span", "sev-icon", sev.icon)).setAttribute("aria-hidden", "true");
    badge.appendChild(document.createTextNode(` ${sev.label}`));
    head.appendChild(badge);
    const word = f.text ? clip(f.text, 60) : "";
    if (word) head.appendChild(el("span", "flagged", `»${word}«`));
    const places = items.filter((x, i) => items.findIndex((y) => y.paragraph === x.paragraph
      && y.offset_utf16 === x.offset_utf16) === i);
    if (places.length > 1) head.appendChild(el("span", "count", `${places.length} steder`));
    li.appendChild(head);
    const messages = [...new Set(items.map((x) => x.message))];
    for (const m of messages) li.appendChild(el("div", "message", m));
    const fixable = items.find((x) => fixOf(x));
    const fix = fixable ? fixOf(fixable) : null;
    const what = word ? `»${clip(f.text, 30)}«` : "fundet";
    const actions = el("div", "actions");
    actions.appendChild(button("show", "Vis", `Vis ${what} i brevet`, () => showNext(places, li)));
    if (fix) {
      const label = fix.text ? `Ret til »${clip(fix.text, 30)}«` : "Ret";
      actions.appendChild(button("fix", label, `${label} (${what})`, () => applyFix(items, li)));
    }
    actions.appendChild(button("ignore", "Ignorer her", `Ignorer ${what} her`, () => ignore(items, li)));
    if (host.canComment) {
      actions.appendChild(button("comment", "Kommentar", `Indsæt kommentar ved ${what}`, () => comment(items[0], li)));
    }
    actions.appendChild(button("why", "Hvorfor?", `Hvorfor er ${what} markeret`, (b) => toggleWhy(li, f.rule, b)));
    li.appendChild(actions);
    li.appendChild(el("div", "card-status")).setAttribute("role", "status");
    return li;
  }

  // The fix the server proposes: its own fix model when present, else a safe single replacement.
  function fixOf(f) {
    if (f.fix && Array.isArray(f.fix.edits) && f.fix.edits.length && f.fix.applicability === "safe") {
      const edits = f.fix.edits.map((e) => ({
        offset: (e.offset_utf16 !== undefined ? e.offset_utf16 : e.offset) - f.offset_utf16,
        length: e.length_utf16 !== undefined ? e.length_utf16 : e.length,
        text: e.text,
      }));
      return { edits, text: edits.length === 1 ? edits[0].text : "" };
    }
    // without a fix model: one replacement for an uninflected word (a lemma never replaces an inflected form)
    if (f.rule === "sprog.kancellisprog" && f.replacements && f.replacements.length === 1 && !f.fix
      && f.term && f.text.toLowerCase() === f.term) {
      const text = matchCase(f.text, f.replacements[0]);
      return { edits: [{ offset: 0, length: f.length_utf16, text }], text };
    }
    return null;
  }
  function matchCase(original, replacement) {
    if (original && original[0] === original[0].toUpperCase() && original[0] !== original[0].toLowerCase()) {
      return replacement.charAt(0).toUpperCase() + replacement.slice(1);
    }
    return replacement;
  }

  function cardStatus(li, text, stale) {
    const box = li.querySelector(".card-status") || li;
    box.textContent = text;
    li.classList.toggle("stale", Boolean(stale));
  }

  // Resolve a finding to where its words are now; never act on other words.
  async function withTarget(f, li, action) {
    try {
      const target = await host.resolve(state.entries[f.paragraph], f, state.entries);
      if (!target) {
        cardStatus(li, "Teksten er ændret – tjek igen.", true);
        return false;
      }
      await action(target);
      return true;
    } catch (e) {
      cardStatus(li, "Word kunne ikke finde teksten. Tjek igen.", true);
      return false;
    }
  }

  async function showNext(items, li) {
    markActive(li);
    const k = Number(li.dataset.next || 0) % items.length;
    li.dataset.next = String(k + 1);
    await withTarget(items[k], li, (t) => host.select(t));
  }

  async function applyFix(items, li) {
    let done = 0;
    // only the findings that carry a fix; last first, so earlier offsets in a paragraph stay true
    const fixable = items.filter((x) => fixOf(x));
    const ordered = [...fixable].sort((a, b) => (b.paragraph - a.paragraph) || (b.offset_utf16 - a.offset_utf16));
    for (const f of ordered) {
      if (await withTarget(f, li, (t) => host.replace(t, fixOf(f).edits))) done += 1;
    }
    items = fixable;
    if (done === items.length) {
      cardStatus(li, done > 1 ? `Rettet ${done} steder.` : "Rettet.");
      li.classList.add("done");
      state.dirty = true;
    } else if (done) {
      cardStatus(li, `Rettet ${done} af ${items.length} steder – resten er ændret, tjek igen.`, true);
      state.dirty = true;
    }
    li.querySelectorAll("button.fix").forEach((b) => { b.disabled = done > 0; });
  }

  async function ignore(items, li) {
    try {
      for (const f of items) {
        await host.suppress(f, suppressionKey(f));
        state.suppressed.add(suppressionKey(f));
      }
      li.remove();
      say("Fundet ignoreres her og bliver gemt i dokumentet.");
    } catch (e) {
      cardStatus(li, "Kunne ikke gemme, at fundet skal ignoreres.", true);
    }
  }

  async function comment(f, li) {
    const parts = [f.message];
    if (f.replacements && f.replacements.length) parts.push(`Forslag: ${f.replacements.join(" / ")}`);
    const ok = await withTarget(f, li, (t) => host.comment(t, parts.join("\n")));
    if (ok) cardStatus(li, "Kommentaren er indsat i dokumentet.");
  }

  /* ---- whole result ----------------------------------------------------------------- */

  function render() {
    const result = state.result;
    $("results").hidden = false;
    $("picker").value = state.profile;
    profileLine(result);
    renderSender(result);
    lixLine(result);
    renderChecklist(result);
    renderFindings(result);
    const rows = requirementRows(result);
    const missing = rows.filter((r) => !r.ok).length;
    const words = new Set(result.findings.filter((f) => !f.document_level).map(findingKey)).size;
    say(missing || words
      ? `Tjekket: ${missing} krav mangler, ${words} ord og sætninger at se på.`
      : "Tjekket: brevet opfylder kravene, og sproget ser fint ud.");
  }

  function renderEmpty() {
    $("results").hidden = false;
    for (const id of ["profile", "sender", "lix", "checklist", "findings"]) $(id).textContent = "";
  }

  /* ---- start ---------------------------------------------------------------------------- */

  function buildPicker() {
    const pick = $("picker");
    for (const [value, label] of PROFILES) {
      const o = el("option", null, label);
      o.value = value;
      pick.appendChild(o);
    }
    pick.addEventListener("change", () => {
      state.profile = pick.value;
      runCheck();
    });
  }

  function watchEdits() {
    let timer = null;
    host.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (state.busy || !state.result) return;
        const entries = await host.read();
        if (entries.map((e) => e.text).join("\n") !== state.lastTexts) runCheck();
      }, RECHECK_DEBOUNCE_MS);
    });
  }

  async function start() {
    buildPicker();
    $("check").addEventListener("click", () => runCheck());
    const hosts = window.BrevlintHosts || {};
    if (typeof Office === "undefined" || !hosts.word || !hosts.outlook) {
      showError("Tilføjelsesprogrammet kunne ikke starte. Åbn det fra Word eller Outlook.");
      return;
    }
    const info = await new Promise((resolve) => Office.onReady(resolve));
    host = info && info.host === Office.HostType.Outlook ? hosts.outlook : hosts.word;
    const ready = await host.ready();
    if (!ready.ok) {
      showError(ready.message);
      return;
    }
    $("check").disabled = false;
    say("Klar. Tryk »Tjek brevet«.");
    watchEdits();
  }

  window.BrevlintPane = { runCheck, state };
  start();
})();
