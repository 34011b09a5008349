// Headless-Chromium tests of the Word and Outlook panes against a real `brevlint serve` on loopback,
// with Office.js replaced by tests/addin/office-mock.js.
// Usage: BREVLINT_URL=http://127.0.0.1:PORT node tests/addin/run.mjs   (driven by tests/test_addin_browser.py)
import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const require = createRequire(path.join(root, "addin", "package.json"));
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const base = process.env.BREVLINT_URL;
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const shots = process.env.SCREENSHOTS || path.join(root, "docs", "images");
const only = process.env.ONLY || "";
if (!base) throw new Error("BREVLINT_URL is not set");
// The pages Office would open, read from the manifests by tests/test_addin_browser.py
// (paths on this server: {"word": "/addin/taskpane.html", "outlook": …, "launch": …}).
const PANES = JSON.parse(process.env.BREVLINT_PANES || "null");
if (!PANES || !PANES.word || !PANES.outlook || !PANES.launch) throw new Error("BREVLINT_PANES is not set");

const LONG = "Borgeren har i en længere periode haft smerter i lænden, som ifølge borgeren selv er blevet "
  + "værre efter de mange løft på lageret, og hun har derfor ikke kunnet passe sit arbejde som lagermedarbejder "
  + "på fuld tid, selv om hun har forsøgt at gå gradvist op i timer sammen med sin leder og har fået hjælp af "
  + "kolleger til de tungeste opgaver i hele perioden fra januar til marts i år ^ uden at det har hjulpet nok.";
const LETTER = {
  header: ["Sundhedscenter Lindeby · Parkvej 2 · Vedr. borger"],
  body: [
    "Til: Jobcenter Lindeby", "Att.: Sofie Berg", "",
    "Vedrørende ovennævnte borger fremsendes hermed status 😀 og vi bedes om en udtalelse.",
    "Hun har diskusprolaps og arbejder som lagermedarbejder med mange løft.",
    "Vedrørende arbejdet kan hun løfte 5 kg og sidde 30 minutter ad gangen.",
    "Der henvises til ovenstående, og æblerne er fine 😀😀 ovenstående.",
    LONG,
    "Med venlig hilsen", "Marie Jensen, fysioterapeut",
  ],
  footer: ["Parkvej 2, 6600 Lindeby"],
};
// A letter whose sender gives a direct number (after an emoji: UTF-16 offsets), an e-mail and the
// clinic's main number; the recipient and the citizen are named in the head.
const SENDER_LETTER = {
  header: ["Klinik for Fysioterapi Østerby · Havnevej 4 · 7100 Østerby"],
  body: [
    "Til: Jobcenter Østerby", "Att.: Hanne Lund", "", "Vedr. Søren Kvist, cpr 111213-XXXX",
    "Søren har ondt i lænden og arbejder som tømrer med tunge løft.",
    "Han kan løfte 5 kg og gå 20 minutter ad gangen.",
    "Med venlig hilsen", "Jonas Brink, fysioterapeut", "😀 Direkte tlf. 41 52 63 74",
    "jonas.brink@osterby-fys.dk", "Klinikkens hovednummer 70 20 30 40 (telefontid 8-12)",
  ],
  footer: [],
};
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };
const mockSource = readFileSync(path.join(here, "office-mock.js"), "utf8");
const profileDir = mkdtempSync(path.join(tmpdir(), "brevlint-chromium-"));
const browser = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 380, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function openPane(pagePath, { fixture = LETTER, mail = null, query = "" } = {}) {
  const page = await browser.newPage();
  page.on("pageerror", (e) => failures.push(`page error: ${e.message}`));
  page.on("console", (m) => {  // a Content-Security-Policy violation is logged as a console error
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) failures.push(`CSP: ${m.text()}`);
  });
  await page.route("**/office.js", (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: mockSource }));
  await page.addInitScript(([fx, m, long]) => {
    window.__BREVLINT_FIXTURE = fx; window.__BREVLINT_MAIL = m; window.LONG_TEXT = long;
  }, [fixture, mail, LONG]);
  await page.goto(`${base}${pagePath}${query}`);
  await page.waitForSelector("#check:not([disabled])", { timeout: 15000 });
  return page;
}

async function checkNow(page) {
  await page.click("#check");
  await page.waitForFunction(() => !document.querySelector("#check").disabled
    && document.querySelector("#results") && !document.querySelector("#results").hidden, null, { timeout: 30000 });
}

async function axe(page, label) {
  await page.evaluate(axeSource); // evaluate, not a script tag: the pane's CSP forbids inline scripts
  const res = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } })).violations
    .filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`));
  check(res.length === 0, `${label}: axe violations ${res.join(", ")}`);
}

// The card of one flagged word; its "Vis" button selects, "Ret" fixes.
const card = (word) => `li.card:has(.flagged:text-is("»${word}«"))`;

async function selectVia(page, word) {
  await page.evaluate(() => { window.__mock.selected = null; });
  await page.click(`${card(word)} button.show`);
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__mock.selected);
}

async function wordTests() {
  const page = await openPane(PANES.word);
  await checkNow(page);
  // Checklist first: direction with how it was found, LIX with a line of meaning, rows ✓/✗.
  const profile = await page.textContent("#profile");
  check(profile.includes("Sundhed → jobcenter") && profile.includes("fundet ud fra") && !profile.includes("–,")
    && !/, –/.test(profile), `profile line: ${profile}`);
  const lix = await page.textContent("#lix");
  check(/LIX \d+/.test(lix) && lix.includes("45"), `lix line: ${lix}`);
  const rows = await page.$$eval("li.req", (els) => els.map((e) => [e.dataset.rule, e.className]));
  check(rows.some(([r, c]) => r === "kontakt.telefon" && c.includes("missing")), `phone row missing: ${JSON.stringify(rows)}`);
  check(rows.some(([r, c]) => r === "sundhed.funktionsniveau" && c.includes("ok")), "function level row ok");
  const order = await page.evaluate(() => {
    const a = document.querySelector("#checklist"); const b = document.querySelector("#findings");
    return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  check(order, "checklist above the word findings");
  // The sender as the server took it, with the reason in words, above the checklist.
  const senderName = await page.textContent("#sender .sender-name");
  const senderReason = await page.textContent("#sender li.name .reason");
  check(senderName === "Marie Jensen" && senderReason === "Står i underskriften.", `sender: ${senderName} / ${senderReason}`);
  check((await page.textContent("#sender li.name .sender-about")).includes("fysioterapeut"), "sender role shown");
  const recipient = await page.textContent("#sender p.party.recipient");
  check(recipient.startsWith("Modtager: ") && recipient.includes("Sofie Berg"), `recipient line: ${recipient}`);
  check(await page.evaluate(() => document.querySelector("#sender").compareDocumentPosition(
    document.querySelector("#checklist")) & Node.DOCUMENT_POSITION_FOLLOWING), "sender above the checklist");
  // Grouped by word: one card per word, the word shown once.
  const words = await page.$$eval("li.card .flagged", (els) => els.map((e) => e.textContent));
  check(new Set(words).size === words.length, `one card per word: ${words}`);
  // "Hvorfor?" shows the reason, the guidance quote and an example that meets the rule.
  await page.click('li.req[data-rule="kontakt.telefon"] button.why');
  const why = await page.textContent('li.req[data-rule="kontakt.telefon"] .why-panel');
  check(why.includes("Sådan kan det se ud") && (await page.$('li.req[data-rule="kontakt.telefon"] blockquote')),
    `why panel: ${why}`);
  // Every action button says which finding it acts on.
  const unnamed = await page.$$eval("li.card button", (els) => els.filter((b) => !(b.getAttribute("aria-label") || "").includes("»")).length);
  check(unnamed === 0, `${unnamed} card buttons without the word in their name`);
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky toolbar at the top of a full-page shot
  await page.screenshot({ path: path.join(shots, "pane-word-380.png"), fullPage: true });
  await axe(page, "word pane");

  // UTF-16 offsets after emoji; "Vis" twice walks both places of the same word.
  const para = LETTER.body[6];
  let sel = await selectVia(page, "ovenstående");
  check(sel && sel.paragraph === 6 && sel.offset === para.indexOf("ovenstående"), `first place: ${JSON.stringify(sel)}`);
  sel = await selectVia(page, "ovenstående");
  check(sel && sel.offset === para.lastIndexOf("ovenstående") && sel.text === "ovenstående",
    `second place after emoji: ${JSON.stringify(sel)}`);
  // A flagged sentence longer than Word's 255-character search limit is selected whole.
  await page.evaluate(() => { window.__mock.selected = null; });
  await page.click(`li.card:has(.flagged:text-matches("^»Borgeren har")) button.show`);
  await page.waitForTimeout(300);
  sel = await page.evaluate(() => window.__mock.selected);
  check(sel && sel.text === LONG && sel.length > 255, `long span: ${sel && sel.length}`);
  check((await page.evaluate(() => window.__mock.searches)).every((x) => x.length <= 255), "no search over 255");
  // A finding in the page header.
  await page.evaluate(() => { window.__mock.selected = null; });
  const headerCard = await page.$(`li.card:has(.flagged:text-is("»Vedr.«")) button.show`);
  if (headerCard) {
    await headerCard.click();
    await page.waitForTimeout(300);
    sel = await page.evaluate(() => window.__mock.selected);
    check(sel && sel.part === "header" && sel.text === "Vedr.", `header: ${JSON.stringify(sel)}`);
  } else {
    failures.push("no header finding to click");
  }

  // 1. Edit, then click: the writer rewrote the start of the paragraph by hand.
  await page.evaluate(() => window.__mockEdit("body", 3,
    "Om Ole Hansen fremsendes hermed status 😀 og vi bedes om en udtalelse."));
  sel = await selectVia(page, "fremsendes");
  check(sel && sel.text === "fremsendes", `after an edit, selected ${JSON.stringify(sel)}`);
  // A line added at the top moves every paragraph down by one.
  await page.evaluate(() => window.__mockInsert("body", 0, "Sikker mail"));
  sel = await selectVia(page, "diskusprolaps");
  check(sel && sel.text === "diskusprolaps" && sel.paragraph === 5, `after an insert, selected ${JSON.stringify(sel)}`);
  // The words of a card are gone: the card says so and nothing is selected or commented.
  await page.evaluate(() => window.__mockEdit("body", 4,
    "Om Ole Hansen fremsendes hermed status 😀 og vi beder om en udtalelse."));
  sel = await selectVia(page, "bedes");
  check(sel === null, `deleted words: selected ${JSON.stringify(sel)}`);
  const stale = await page.textContent(`${card("bedes")} .card-status`);
  check(stale.includes("Teksten er ændret"), `stale card says: ${stale}`);
  const commentsBefore = await page.evaluate(() => window.__mock.comments.length);
  await page.click(`${card("bedes")} button.comment`);
  await page.waitForTimeout(300);
  check(await page.evaluate((n) => window.__mock.comments.length === n, commentsBefore), "no comment on changed text");

  // 2. "Ret" applies the fix on the exact words; the document afterwards holds the replacement.
  await page.click("#check");
  await page.waitForFunction(() => !document.querySelector("#check").disabled, null, { timeout: 30000 });
  await page.waitForSelector(card("Vedrørende"), { timeout: 10000 });
  await page.click(`${card("Vedrørende")} button.fix`);
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => window.__mockDoc.body[6]);
  const replaced = await page.evaluate(() => window.__mock.replaced.at(-1));
  check(replaced && replaced.was === "Vedrørende" && after.startsWith("Om arbejdet kan hun"),
    `fix: ${after} (${JSON.stringify(replaced)})`);
  check((await page.textContent(`${card("Vedrørende")} .card-status`)).includes("Rettet"), "fix confirmed on the card");

  // 3. "Ignorer her" stores the suppression in the document and the card stays away after a re-check.
  await page.click(`${card("diskusprolaps")} button.ignore`);
  const parts = await page.evaluate(() => window.__mock.xmlParts);
  check(parts.length === 1 && parts[0].includes('<suppress rule="sprog.jargon" text="diskusprolaps"/>'),
    `custom XML part: ${parts}`);
  await page.click("#check");
  await page.waitForFunction(() => !document.querySelector("#check").disabled, null, { timeout: 30000 });
  check(!(await page.$(card("diskusprolaps"))), "ignored card stays away after a re-check");

  // 4. Comment: visible confirmation beside the card.
  const w = "ovennævnte";
  if (await page.$(card(w))) {
    await page.click(`${card(w)} button.comment`);
    await page.waitForFunction(() => window.__mock.comments.length > 0, null, { timeout: 10000 });
    const c = (await page.evaluate(() => window.__mock.comments)).at(-1);
    check(c.commented === w, `comment on ${c.commented}`);
    check((await page.textContent(`${card(w)} .card-status`)).includes("Kommentaren er indsat"), "comment confirmed");
  }

  // 5. Profile picker: the request carries the profile; the pane says who chose it.
  await page.selectOption("#picker", "job-til-sundhed");
  await page.waitForFunction(() => document.querySelector("#profile").textContent.includes("Jobcenter → sundhed"),
    null, { timeout: 30000 });
  check((await page.textContent("#profile")).includes("valgt af dig"), "picked profile shown as chosen");

  // 6. A failed re-check keeps the last results and offers "Prøv igen" as an alert.
  const cardsBefore = await page.$$eval("li.card", (els) => els.length);
  await page.route("**/v1/check", (route) => route.fulfill({ status: 500, body: "{\"error\": {\"message\": \"Internal\"}}" }));
  await page.click("#check");
  await page.waitForSelector("#error:not([hidden])", { timeout: 15000 });
  const err = await page.textContent("#error");
  check(err.includes("Prøv igen") && !/HTTP|500|Internal|serve|token|certifikat/.test(err), `error text: ${err}`);
  check((await page.getAttribute("#error", "role")) === "alert", "error is an alert");
  check((await page.$$eval("li.card", (els) => els.length)) === cardsBefore, "results kept after a failed check");
  await page.unroute("**/v1/check");
  await page.click("#error button.retry");
  await page.waitForSelector("#error[hidden]", { state: "attached", timeout: 30000 });
  await page.close();

  // 7. An empty document: a message, not findings.
  const empty = await openPane(PANES.word, { fixture: { body: ["", " "], header: [], footer: [] } });
  await empty.click("#check");
  await empty.waitForFunction(() => document.querySelector("#status").textContent.includes("tomt"), null, { timeout: 15000 });
  check((await empty.$$("li.card")).length === 0, "no cards for an empty document");
  await empty.close();

  // 8. Word API 1.3: no comment buttons.
  const old = await openPane(PANES.word, { fixture: { ...LETTER, wordApi: "1.3" } });
  await checkNow(old);
  check((await old.$$("button.comment")).length === 0, "no comment buttons without WordApi 1.4");
  await old.close();

  // 9. Narrow pane.
  const narrow = await openPane(PANES.word);
  await narrow.setViewportSize({ width: 320, height: 900 });
  await checkNow(narrow);
  const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  check(!overflow, "no horizontal scroll at 320 px");
  await narrow.evaluate(() => window.scrollTo(0, 0));
  await narrow.screenshot({ path: path.join(shots, "pane-word-320.png"), fullPage: true });
  await narrow.close();
}

// The "Afsender" section against the server's real report: name, each phone and e-mail marked personal or
// a department's with the reason in words, "Vis" selecting the evidence (also after an edit), the
// recipient and citizen lines, and a met requirement's "Vis hvor" selecting the sentence that met it.
async function senderTests() {
  const page = await openPane(PANES.word, { fixture: SENDER_LETTER });
  await checkNow(page);
  const sender = await page.evaluate(() => window.BrevlintPane.state.result.sender);
  check(sender && sender.name === "Jonas Brink" && sender.reason_text === "står i underskriften",
    `server sender: ${JSON.stringify(sender)}`);
  const shown = await page.$$eval("#sender li.contact", (els) => els.map((e) => ({
    what: e.dataset.what, tag: (e.querySelector(".tag") || {}).textContent || "",
    value: (e.querySelector(".contact-value, .sender-name") || {}).textContent || "",
    reason: (e.querySelector(".reason") || {}).textContent || "", vis: Boolean(e.querySelector("button.show")),
  })));
  const cap = (t) => t.charAt(0).toUpperCase() + t.slice(1);
  const expected = [{ what: "name", value: "Jonas Brink", reason: `${cap(sender.reason_text)}.` },
    ...sender.phones.map((c) => ({ what: "phones", value: c.place.text, reason: `${cap(c.reason_text)}.`,
      tag: c.personal ? "Personligt nummer" : "Hovednummer / afdeling" })),
    ...sender.emails.map((c) => ({ what: "emails", value: c.place.text, reason: `${cap(c.reason_text)}.`,
      tag: c.personal ? "Personlig e-mail" : "Afdelingens postkasse" }))];
  check(shown.length === expected.length && expected.every((x, i) => Object.entries(x).every(([k, v]) => shown[i][k] === v))
    && shown.every((x) => x.vis), `sender section ${JSON.stringify(shown)} != ${JSON.stringify(expected)}`);
  const own = shown.find((x) => x.value === "41 52 63 74");
  check(own && own.tag === "Personligt nummer" && own.reason === "Mærket som direkte eller personligt nummer.",
    `own number: ${JSON.stringify(own)}`);
  const main = shown.find((x) => x.value === "70 20 30 40");
  check(main && main.tag === "Hovednummer / afdeling" && main.reason.length > 1 && !/[a-z]+-[a-z]+/.test(main.reason),
    `main number: ${JSON.stringify(main)}`);
  const mail = shown.find((x) => x.what === "emails");
  check(mail && mail.value === "jonas.brink@osterby-fys.dk" && mail.tag === "Personlig e-mail"
    && mail.reason === "En personlig adresse, ikke en fælles postkasse.", `e-mail: ${JSON.stringify(mail)}`);
  const citizen = await page.textContent("#sender p.party.citizen");
  check(citizen === "Borger: Søren Kvist – står i emnelinjen", `citizen line: ${citizen}`);
  check((await page.textContent("#sender p.party.recipient")).includes("Hanne Lund"), "recipient line");
  // "Vis" selects exactly the evidence: the number after the emoji (UTF-16), the name.
  const contact = (value) => `#sender li.contact:has(.contact-value:text-is("${value}")) button.show`;
  const body = SENDER_LETTER.body;
  await page.evaluate(() => { window.__mock.selected = null; });
  await page.click(contact("41 52 63 74"));
  await page.waitForTimeout(300);
  let sel = await page.evaluate(() => window.__mock.selected);
  check(sel && sel.part === "body" && sel.paragraph === 8 && sel.offset === body[8].indexOf("41")
    && sel.text === "41 52 63 74", `phone selected: ${JSON.stringify(sel)}`);
  check(await page.$eval("#sender li.contact.active .contact-value", (e) => e.textContent) === "41 52 63 74",
    "the shown contact is marked");
  await page.click("#sender li.name button.show");
  await page.waitForTimeout(300);
  sel = await page.evaluate(() => window.__mock.selected);
  check(sel && sel.text === "Jonas Brink" && sel.paragraph === 7, `name selected: ${JSON.stringify(sel)}`);
  // A met requirement shows the sentence that met it and selects it.
  const ok = await page.$$eval("li.req.ok", (els) => els.map((e) => [e.dataset.rule, Boolean(e.querySelector(".quote")),
    Boolean(e.querySelector("button.show"))]));
  check(ok.length && ok.every(([, quote, vis]) => quote && vis), `ok rows with quote and "Vis hvor": ${JSON.stringify(ok)}`);
  const item = await page.evaluate(() => window.BrevlintPane.state.result.checklist.find((c) => c.rule === "kontakt.telefon"));
  await page.evaluate(() => { window.__mock.selected = null; });
  await page.click('li.req[data-rule="kontakt.telefon"] button.show');
  await page.waitForTimeout(300);
  sel = await page.evaluate(() => window.__mock.selected);
  check(item && item.status === "ok" && sel && sel.text === item.text && sel.text.includes("41 52 63 74"),
    `kontakt.telefon "Vis hvor": ${JSON.stringify(sel)} for ${JSON.stringify(item)}`);
  // After a line is added at the top, "Vis" still finds the number (one paragraph down).
  await page.evaluate(() => window.__mockInsert("body", 0, "Sikker mail"));
  await page.evaluate(() => { window.__mock.selected = null; });
  await page.click(contact("41 52 63 74"));
  await page.waitForTimeout(300);
  sel = await page.evaluate(() => window.__mock.selected);
  check(sel && sel.paragraph === 9 && sel.text === "41 52 63 74", `phone after an insert: ${JSON.stringify(sel)}`);
  // The number rewritten: nothing is selected, the row says so and keeps its contents.
  await page.evaluate(() => window.__mockEdit("body", 9, "Direkte tlf. 41 52 63 75"));
  await page.evaluate(() => { window.__mock.selected = null; });
  await page.click(contact("41 52 63 74"));
  await page.waitForTimeout(300);
  check(await page.evaluate(() => window.__mock.selected) === null, "changed number: nothing selected");
  const status = await page.textContent(`#sender li.contact:has(.contact-value:text-is("41 52 63 74")) .card-status`);
  check(status.includes("Teksten er ændret"), `changed number says: ${status}`);
  await axe(page, "sender section");
  await page.setViewportSize({ width: 320, height: 900 });
  check(!(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)),
    "sender section: no horizontal scroll at 320 px");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "pane-word-sender-320.png"), fullPage: true });
  await page.close();

  // A letter without a signer's name says so in words.
  const none = await openPane(PANES.word, { fixture: { header: [], footer: [],
    body: ["Til: Jobcenter Østerby", "Søren kan løfte 5 kg og gå 20 minutter ad gangen."] } });
  await checkNow(none);
  const noName = await none.evaluate(() => window.BrevlintPane.state.result.sender);
  check((await none.textContent("#sender .sender-name")) === "Navn ikke fundet"
    && (await none.textContent("#sender li.name .reason")) === `${cap(noName.reason_text)}.`
    && !(await none.$("#sender li.name button.show")), `no name: ${JSON.stringify(noName)}`);
  await none.close();
}

async function outlookTests() {
  const html = "<div>Kære Sofie Berg</div><div>Vedrørende <b>ovennævnte</b> borger: hun har diskusprolaps.</div>"
    + "<div>Hun kan løfte 5 kg.</div><div>Med venlig hilsen</div><div>Marie Jensen<br>Sundhedscenter Lindeby</div>";
  const page = await openPane(PANES.outlook, { mail: { html, type: "html" } });
  await checkNow(page);
  check((await page.$$("li.req")).length > 0, "outlook: checklist shown");
  check((await page.$$("button.comment")).length === 0, "outlook: no comment buttons");
  await page.click(`${card("Vedrørende")} button.fix`);
  await page.waitForTimeout(300);
  const body = await page.evaluate(() => window.__BREVLINT_MAIL.html);
  check(!body.includes("Vedrørende") && body.includes("<b>ovennævnte</b>"), `outlook fix kept formatting: ${body}`);
  await page.click(`${card("diskusprolaps")} button.ignore`);
  const props = await page.evaluate(() => window.__mockMailProps.brevlintIgnore || "");
  check(props.includes("sprog.jargon"), `outlook ignore stored: ${props}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "pane-outlook-380.png"), fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "pane-outlook-320.png"), fullPage: true });
  await axe(page, "outlook pane");
  await page.close();

  // On send: an error-level finding stops the mail with a Danish message.
  const send = await browser.newPage();
  send.on("pageerror", (e) => failures.push(`page error: ${e.message}`));
  await send.route("**/office.js", (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: mockSource }));
  await send.addInitScript((m) => { window.__BREVLINT_MAIL = m; }, { html, type: "html" });
  await send.goto(`${base}${PANES.launch}`);
  const outcome = await send.evaluate(() => new Promise((resolve) => window.__mockActions.brevlintOnSend({ completed: resolve })));
  check(outcome.allowEvent === false && outcome.errorMessage.includes("fejl"), `on-send: ${JSON.stringify(outcome)}`);
  await send.close();
}

try {
  mkdirSync(shots, { recursive: true });
  if (!only || only === "word") await wordTests();
  if (!only || only === "sender") await senderTests();
  if (!only || only === "outlook") await outlookTests();
} catch (e) {
  failures.push(`exception: ${e && e.stack ? e.stack : e}`);
} finally {
  await browser.close();
  rmSync(profileDir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("addin browser test: ok");
