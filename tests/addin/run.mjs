// Headless-Chromium test of the Word task pane against a real `brevlint serve` on loopback.
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

const base = process.env.BREVLINT_URL;
// The manifest's SourceLocation path (tests/test_addin_browser.py reads it from addin/manifest.xml).
const panePath = process.env.BREVLINT_PANE || "/addin/taskpane.html";
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const artifacts = process.env.ARTIFACTS || path.join(root, "tests", "artifacts");
if (!base) throw new Error("BREVLINT_URL is not set");

const LONG = "Borgeren har i en længere periode haft smerter i lænden, som ifølge borgeren selv er blevet "
  + "værre efter de mange løft på lageret, og hun har derfor ikke kunnet passe sit arbejde som lagermedarbejder "
  + "på fuld tid, selv om hun har forsøgt at gå gradvist op i timer sammen med sin leder og har fået hjælp af "
  + "kolleger til de tungeste opgaver i hele perioden fra januar til marts i år ^ uden at det har hjulpet nok.";
const FIXTURE = {
  header: ["Sundhedscenter Lindeby · Vedr. Ole Hansen"],
  body: [
    "Til: Jobcenter Lindeby", "", "Kære Sofie Berg 😀",
    "Der henvises til ovenstående, og æblerne er fine 😀😀 ovenstående.",
    LONG,
    "Med venlig hilsen", "Marie Jensen",
  ],
  footer: ["Parkvej 2, 6600 Lindeby"],
};
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };

const mockSource = readFileSync(path.join(here, "office-mock.js"), "utf8");
const profileDir = mkdtempSync(path.join(tmpdir(), "brevlint-chromium-"));
// A fresh profile directory (Playwright passes it to Chromium as --user-data-dir).
const browser = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 380, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function openPane(query = "") {
  const page = await browser.newPage();
  page.on("pageerror", (e) => failures.push(`page error: ${e.message}`));
  page.on("console", (m) => {  // a Content-Security-Policy violation is logged as a console error
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) failures.push(`CSP: ${m.text()}`);
  });
  await page.route("**/office.js", (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: mockSource }));
  await page.addInitScript((fx) => { window.__BREVLINT_FIXTURE = fx; }, FIXTURE);
  await page.goto(`${base}${panePath}${query}`);
  await page.waitForSelector("#check:not([disabled])", { timeout: 15000 });
  return page;
}

try {
  // What the server says for the same paragraphs (the pane sends body, then header, then footer).
  const entries = [
    ...FIXTURE.body.map((t, i) => ({ part: "body", index: i, text: t })),
    ...FIXTURE.header.map((t, i) => ({ part: "header", index: i, text: t })),
    ...FIXTURE.footer.map((t, i) => ({ part: "footer", index: i, text: t })),
  ];
  const api = await (await fetch(`${base}/v1/check`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ paragraphs: entries.map((e) => e.text), lang: "da" }),
  })).json();

  const page = await openPane();
  await page.click("#check");
  await page.waitForSelector("li.finding", { timeout: 30000 });
  const shown = await page.$$eval("li.finding", (els) => els.length);
  check(shown === api.findings.length, `pane lists ${shown} findings, API returned ${api.findings.length}`);
  const groups = await page.$$eval("section.group", (els) => els.map((e) => e.dataset.severity));
  const order = ["error", "warning", "suggestion"];
  check(groups.length >= 2 && groups.every((g, i) => i === 0 || order.indexOf(groups[i - 1]) < order.indexOf(g)),
    `severity groups in order: ${groups}`);
  const firstMessage = await page.textContent("li.finding .message");
  check(firstMessage && firstMessage.length > 10, "finding shows its message");
  const suggestions = await page.$$eval("li.finding .suggestion-text", (els) => els.length);
  check(suggestions > 0, "at least one finding shows a suggestion");

  async function clickAndCompare(label, pick) {
    const i = api.findings.findIndex(pick);
    if (i < 0) { failures.push(`${label}: no such finding from the API`); return null; }
    const f = api.findings[i];
    await page.evaluate(() => { window.__mock.selected = null; });
    await page.click(`li.finding[data-index="${i}"] .message`);
    await page.waitForFunction(() => window.__mock.selected !== null, null, { timeout: 10000 });
    const sel = await page.evaluate(() => window.__mock.selected);
    const e = entries[f.paragraph];
    const expected = { part: e.part, paragraph: e.index, offset: f.offset_utf16, length: f.length_utf16 };
    check(JSON.stringify(sel) === JSON.stringify(expected),
      `${label}: selected ${JSON.stringify(sel)}, expected ${JSON.stringify(expected)}`);
    check(e.text.substr(sel.offset, sel.length) === f.text, `${label}: selected text equals the flagged text`);
    return { i, f, sel };
  }

  // A word after emoji: UTF-16 offsets; the second "ovenstående" needs the right occurrence.
  const para = FIXTURE.body[3];
  const second = para.lastIndexOf("ovenstående");
  await clickAndCompare("second occurrence after emoji", (f) => f.text === "ovenstående"
    && entries[f.paragraph].index === 3 && f.offset_utf16 === second);
  const first = await clickAndCompare("first occurrence", (f) => f.text === "ovenstående" && f.offset_utf16 === para.indexOf("ovenstående"));
  // A flagged span longer than Word's 255-character search limit.
  const long = await clickAndCompare("long sentence", (f) => f.length_utf16 > 255);
  const searches = await page.evaluate(() => window.__mock.searches);
  check(searches.every((s) => s.length <= 255), "no search string longer than 255");
  check(long && long.sel.length > 255, "long span selected in full");
  // A finding in the page header.
  await clickAndCompare("header", (f) => entries[f.paragraph].part === "header" && f.text.length > 0);

  // Insert a comment for the first finding.
  if (first) {
    await page.click(`li.finding[data-index="${first.i}"] button.comment`);
    await page.waitForFunction(() => window.__mock.comments.length > 0, null, { timeout: 10000 });
    const c = (await page.evaluate(() => window.__mock.comments))[0];
    check(c.paragraph === 3 && c.offset === first.f.offset_utf16 && c.length === first.f.length_utf16,
      `comment range ${JSON.stringify(c)}`);
    check(c.text.includes(first.f.message) && c.text.includes(first.f.rule), "comment text holds the message");
  }
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, "addin-taskpane.png"), fullPage: true });

  // Backend unreachable: a clear Danish message.
  const down = await openPane("?api=http://127.0.0.1:9");
  await down.click("#check");
  await down.waitForSelector("#status.error", { timeout: 15000 });
  const msg = await down.textContent("#status");
  check(msg.includes("Kan ikke få forbindelse"), `unreachable message: ${msg}`);
  await down.screenshot({ path: path.join(artifacts, "addin-unreachable.png") });
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
