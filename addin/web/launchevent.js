/* Outlook on-send check (Smart Alerts): before a mail leaves, brevlint checks it and stops the
 * send, with a Danish message, while an error-level finding is open (a missing phone number,
 * e-mail or name, an unfilled placeholder). The writer can fix the mail or choose "Send anyway",
 * which the manifest's SendMode "SoftBlock" offers. When the server cannot be reached, the mail
 * is sent: a checker that is down must not stop the caseworker's work. */
"use strict";

function brevlintOnSend(event) {
  const item = Office.context.mailbox.item;
  item.body.getAsync(Office.CoercionType ? Office.CoercionType.Text : "text", async (r) => {
    if (r.status !== "succeeded") { event.completed({ allowEvent: true }); return; }
    try {
      const resp = await fetch(`${self.location.origin}/v1/check`, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: r.value, lang: "da" }),
      });
      if (!resp.ok) { event.completed({ allowEvent: true }); return; }
      const result = await resp.json();
      const errors = result.findings.filter((f) => f.severity === "error");
      if (!errors.length) { event.completed({ allowEvent: true }); return; }
      const first = errors.slice(0, 3).map((f) => `• ${f.message}`).join("\n");
      event.completed({
        allowEvent: false,
        errorMessage: `brevlint fandt ${errors.length} fejl i mailen:\n${first}\nRet dem i brevlint-ruden, eller send alligevel.`,
      });
    } catch (e) {
      event.completed({ allowEvent: true });
    }
  });
}

if (typeof Office !== "undefined" && Office.actions) Office.actions.associate("brevlintOnSend", brevlintOnSend);
