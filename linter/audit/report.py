"""The audit report: one self-contained HTML file (Vega-Lite via Altair, its JavaScript inlined from
the vl-convert-python package: nothing is fetched when the file is opened), or CSV tables.

Every figure is aggregated here, in Python, and small cells are suppressed *before* anything is
written: a group of fewer than `min_group` letters appears as "<N" with no number, so the file
never holds counts about a small team. Filters (direction, period) choose among pre-aggregated
tables; they never aggregate raw rows in the browser.
"""

from __future__ import annotations

import csv
import html
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from linter.atomic import write_atomic
from linter.audit.queries import MET, connect, letters_sql, rules_sql

ALL = "*"
_T = {
    "title": ("Revision af breve: overholdelse af vejledningen", "Letter audit: compliance with the guidance"),
    "intro": ("{letters} breve ({checked} tjekket, {errors} kunne ikke læses), {months}. Grupper med færre end "
              "{min} breve vises som «<{min}».",
              "{letters} letters ({checked} checked, {errors} could not be read), {months}. Groups of fewer than "
              "{min} letters are shown as «<{min}»."),
    "direction": ("Retning ", "Direction "),
    "period": ("Periode ", "Period "),
    "all": ("alle", "all"),
    "whole": ("hele perioden", "whole period"),
    "compliance": ("Andel breve der overholder reglen", "Share of letters that meet the rule"),
    "trend": ("Udvikling pr. måned", "Monthly trend"),
    "heat": ("Afsender/team × regel", "Sender/team × rule"),
    "lix": ("LIX-fordeling (brødtekst)", "LIX distribution (body)"),
    "worst": ("De fem dårligst overholdte regler pr. team", "The five least-met rules per team"),
    "rule": ("Regel", "Rule"), "rate": ("Overholdt", "Met"), "letters": ("Breve", "Letters"),
    "source": ("Vejledningen siger", "The guidance says"), "month": ("Måned", "Month"),
    "team": ("Afsender / team", "Sender / team"), "rank": ("Plads", "Rank"),
    "table": ("Alle breve, hele perioden", "All letters, whole period"),
    "unknown": ("(ukendt)", "(unknown)"),
    "lixbin": ("LIX", "LIX"),
}


def t(key: str, lang: str) -> str:
    da, en = _T[key]
    return en if lang == "en" else da


def _periods(months: list[str], lang: str) -> list[tuple[str, str, str, str]]:
    """(id, label, first month, last month): the whole period, each year, each quarter."""
    real = sorted(m for m in months if m[:4].isdigit())
    out = [(ALL, t("whole", lang), "0000-00", "9999-99")]
    years = sorted({m[:4] for m in real})
    for y in years:
        out.append((y, y, f"{y}-01", f"{y}-12"))
        for q in range(4):
            first, last = f"{y}-{3 * q + 1:02d}", f"{y}-{3 * q + 3:02d}"
            if any(first <= m <= last for m in real):
                out.append((f"{y}-K{q + 1}", f"{y} K{q + 1}" if lang != "en" else f"{y} Q{q + 1}", first, last))
    return out


def _group(sender: str | None, team: str | None, lang: str) -> str:
    name = sender or t("unknown", lang)
    return f"{name} / {team}" if team else name


def _cell(n: int, met: int, min_group: int) -> dict[str, Any]:
    if n < min_group:
        return {"n": None, "rate": None, "label": f"<{min_group}"}
    rate = met / n
    return {"n": n, "rate": round(rate, 4), "label": f"{round(100 * rate)} %"}


def report_data(out: Path, *, min_group: int = 5, lang: str = "da") -> dict[str, Any]:
    """Everything the report shows, aggregated and suppressed."""
    con = connect()
    L, R = letters_sql(out), rules_sql(out)
    base = con.execute(f"SELECT profile, month, sender, team, rule, count(*), count(*) FILTER (WHERE {MET}) "
                       f"FROM {R} GROUP BY ALL").fetchall()
    lix = con.execute(f"SELECT profile, month, sender, team, CAST(floor(lix / 5) * 5 AS INTEGER), count(*) "
                      f"FROM {L} WHERE error IS NULL AND words >= 30 GROUP BY ALL").fetchall()
    n_letters, n_checked = con.execute(f"SELECT count(*), count(*) FILTER (WHERE error IS NULL) FROM {L}").fetchone()
    months = [m for (m,) in con.execute(f"SELECT DISTINCT month FROM {L} ORDER BY month").fetchall()]
    periods = _periods(months, lang)
    directions = sorted({p for p, *_ in base if p})
    dir_ids = [ALL, *directions]

    def selected(profile: str | None, month: str) -> list[tuple[str, str]]:
        return [(d, p) for d in dir_ids if d in (ALL, profile)
                for p, _, first, last in periods if p == ALL or first <= month <= last]  # ALL: "unknown" too

    per_rule: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    per_team: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    per_month: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for profile, month, sender, team, rule, n, met in base:
        group = _group(sender, team, lang)
        for d in dir_ids:
            if d in (ALL, profile):
                per_month[(d, month, rule)][0] += n
                per_month[(d, month, rule)][1] += met
        for d, p in selected(profile, month):
            for key, acc in (((d, p, rule), per_rule), ((d, p, group, rule), per_team)):
                acc[key][0] += n
                acc[key][1] += met
    lix_bins: dict[tuple, int] = defaultdict(int)
    for profile, month, _sender, _team, lbin, n in lix:
        for d, p in selected(profile, month):
            lix_bins[(d, p, lbin)] += n

    rules_meta = _rule_meta(out)
    compliance = [{"direction": d, "period": p, "rule": r, **_cell(n, met, min_group),
                   "quote": rules_meta.get(r, {}).get("quote", "")}
                  for (d, p, r), (n, met) in sorted(per_rule.items())]
    heat = [{"direction": d, "period": p, "team": g, "rule": r, **_cell(n, met, min_group)}
            for (d, p, g, r), (n, met) in sorted(per_team.items())]
    trend = [{"direction": d, "month": m, "rule": r, **_cell(n, met, min_group)}
             for (d, m, r), (n, met) in sorted(per_month.items()) if m[:4].isdigit()]
    lix_rows = [{"direction": d, "period": p, "lix": b, "n": n if n >= min_group else None,
                 "label": str(n) if n >= min_group else f"<{min_group}"}
                for (d, p, b), n in sorted(lix_bins.items())]
    worst = []
    by_team: dict[tuple, list[dict]] = defaultdict(list)
    for row in heat:
        if row["rate"] is not None:
            by_team[(row["direction"], row["period"], row["team"])].append(row)
    for (d, p, g), rows in sorted(by_team.items()):
        for rank, row in enumerate(sorted(rows, key=lambda r: (r["rate"], r["rule"]))[:5], start=1):
            worst.append({"direction": d, "period": p, "team": g, "rank": rank, "rule": row["rule"],
                          "label": f"{row['rule']} ({row['label']})", "rate": row["rate"]})
    return {"letters": n_letters, "checked": n_checked, "months": months, "min_group": min_group,
            "periods": periods, "directions": dir_ids, "compliance": compliance, "heat": heat, "trend": trend,
            "lix": lix_rows, "worst": worst, "rules": rules_meta}


def _rule_meta(out: Path) -> dict[str, dict[str, str]]:
    """Each rule's guidance source (document and quote) from the rules brevlint ships."""
    from linter.data import data_dir
    from linter.engine.loader import load_rules
    from linter.kinds import KINDS

    meta = {}
    for rule in load_rules([data_dir("rules")], KINDS):
        src = rule.source or {}
        meta[rule.id] = {"quote": str(src.get("quote", "")).strip(), "document": str(src.get("document", ""))}
    return meta


def _charts(data: dict[str, Any], lang: str):
    import altair as alt

    dirs = data["directions"]
    d_param = alt.param(name="retning", value=ALL, bind=alt.binding_select(
        options=dirs, labels=[t("all", lang) if d == ALL else d for d in dirs], name=t("direction", lang)))
    periods = data["periods"]
    p_param = alt.param(name="periode", value=ALL, bind=alt.binding_select(
        options=[p[0] for p in periods], labels=[p[1] for p in periods], name=t("period", lang)))
    ranges = {p[0]: [p[2], p[3]] for p in periods}
    chosen = "datum.direction == retning && datum.period == periode"
    rule_t, rate_t = t("rule", lang), t("rate", lang)

    def values(rows):
        return alt.Data(values=rows)

    comp_base = alt.Chart(values(data["compliance"]), title=t("compliance", lang)).transform_filter(chosen)
    by_rate = alt.EncodingSortField(field="rate", op="max", order="ascending")
    comp = comp_base.mark_bar().encode(
        y=alt.Y("rule:N", title=rule_t, sort=by_rate),
        x=alt.X("rate:Q", title=rate_t, axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("rate:Q", scale=alt.Scale(scheme="redyellowgreen", domain=[0, 1]), legend=None),
        tooltip=[alt.Tooltip("rule:N", title=rule_t), alt.Tooltip("label:N", title=rate_t),
                 alt.Tooltip("n:Q", title=t("letters", lang)), alt.Tooltip("quote:N", title=t("source", lang))],
    ) + comp_base.mark_text(align="left", dx=3).encode(y=alt.Y("rule:N", sort=by_rate), x=alt.value(0),
                                                         text="label:N")
    comp = comp.properties(width=520)
    period_expr = f"({json.dumps(ranges)})[periode]"
    pick = alt.selection_point(fields=["rule"], bind="legend")  # click a rule in the legend to single it out
    trend = alt.Chart(values(data["trend"]), title=t("trend", lang)).transform_filter(
        f"datum.direction == retning && datum.month >= {period_expr}[0] && datum.month <= {period_expr}[1]"
        " && datum.rate != null"
    ).mark_line(point=True).encode(
        x=alt.X("month:O", title=t("month", lang)),
        y=alt.Y("rate:Q", title=rate_t, axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("rule:N", title=rule_t, legend=alt.Legend(columns=2, labelLimit=260)),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.12)),
        tooltip=["rule:N", "month:O", alt.Tooltip("label:N", title=rate_t)],
    ).add_params(pick).properties(width=520, height=260)
    heat_base = alt.Chart(values(data["heat"]), title=t("heat", lang)).transform_filter(chosen)
    heat = heat_base.mark_rect().encode(
        x=alt.X("rule:N", title=rule_t, axis=alt.Axis(labelAngle=-45)),
        y=alt.Y("team:N", title=t("team", lang)),
        color=alt.Color("rate:Q", title=rate_t, scale=alt.Scale(scheme="redyellowgreen", domain=[0, 1]),
                        legend=alt.Legend(format="%")),
        tooltip=["team:N", "rule:N", alt.Tooltip("label:N", title=rate_t)],
    ) + heat_base.mark_text(fontSize=9).encode(x="rule:N", y="team:N", text="label:N")
    heat = heat.properties(width=alt.Step(40))
    lix = alt.Chart(values(data["lix"]), title=t("lix", lang)).transform_filter(chosen).mark_bar().encode(
        x=alt.X("lix:O", title=t("lixbin", lang)),
        y=alt.Y("n:Q", title=t("letters", lang)),
        tooltip=[alt.Tooltip("lix:O", title="LIX ≥"), alt.Tooltip("label:N", title=t("letters", lang))],
    ).properties(width=520, height=200)
    worst = alt.Chart(values(data["worst"]), title=t("worst", lang)).transform_filter(chosen).mark_text(
        align="left").encode(
        y=alt.Y("team:N", title=t("team", lang)), x=alt.X("rank:O", title=t("rank", lang)),
        text="label:N",
    ).properties(width=900)
    return alt.vconcat(comp, trend, heat, lix, worst).add_params(d_param, p_param).configure_view(
        stroke=None).configure_axis(labelLimit=320)


def _static_table(data: dict[str, Any], lang: str) -> str:
    rows = [r for r in data["compliance"] if r["direction"] == ALL and r["period"] == ALL]
    rows.sort(key=lambda r: (r["rate"] if r["rate"] is not None else 2, r["rule"]))
    head = "".join(f"<th>{html.escape(t(k, lang))}</th>" for k in ("rule", "rate", "letters", "source"))
    body = "".join(
        f"<tr data-rule=\"{html.escape(r['rule'])}\"><td>{html.escape(r['rule'])}</td>"
        f"<td class=\"rate\">{html.escape(r['label'])}</td><td class=\"n\">{'' if r['n'] is None else r['n']}</td>"
        f"<td class=\"quote\">{html.escape(r['quote'])}</td></tr>" for r in rows)
    return (f"<h2>{html.escape(t('table', lang))}</h2><table id=\"compliance\"><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>")


_CSS = """<style>
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}h1{font-size:1.5em}
table{border-collapse:collapse;margin:1em 0;font-size:.9em}td,th{border:1px solid #bbb;padding:.25em .5em;
vertical-align:top;text-align:left}td.rate,td.n{text-align:right;white-space:nowrap}td.quote{max-width:48em}
.vega-bindings{margin:.5em 0;font-size:1em}.vega-bind{margin-right:1.5em}
@media print{.vega-bindings{display:none}body{margin:0}}
</style>"""


def render_html(data: dict[str, Any], lang: str = "da") -> str:
    chart = _charts(data, lang)
    page = chart.to_html(inline=True, embed_options={"renderer": "svg", "actions": False})
    months = data["months"]
    span = f"{months[0]} – {months[-1]}" if months else ""
    header = (f"<h1>{html.escape(t('title', lang))}</h1><p id=\"intro\">" + html.escape(t("intro", lang).format(
        letters=data["letters"], checked=data["checked"], errors=data["letters"] - data["checked"], months=span,
        min=data["min_group"])) + "</p>")
    # the inlined JavaScript contains "<body>" and "</head>" too: edit around the last occurrences
    head_end, body = page.rfind("</head>"), page.rfind("<body>")
    page = (page[:head_end] + f"<title>{html.escape(t('title', lang))}</title>" + _CSS
            + page[head_end:body + len("<body>")] + header + page[body + len("<body>"):])
    end = page.rfind("</body>")
    page = page[:end] + _static_table(data, lang) + page[end:]
    return page.replace("<html>", f"<html lang=\"{lang}\">", 1)

def write_report(out: Path, target: Path, *, min_group: int = 5, lang: str = "da") -> Path:
    data = report_data(out, min_group=min_group, lang=lang)
    write_atomic(target, render_html(data, lang).encode("utf-8"))
    return target


def write_csv(out: Path, folder: Path, *, min_group: int = 5, lang: str = "da") -> list[Path]:
    """The report's tables as CSV (suppressed cells as "<N"), for a spreadsheet."""
    data = report_data(out, min_group=min_group, lang=lang)
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "compliance": (["direction", "period", "rule", "n", "rate", "label", "quote"], data["compliance"]),
        "trend": (["direction", "month", "rule", "n", "rate", "label"], data["trend"]),
        "teams": (["direction", "period", "team", "rule", "n", "rate", "label"], data["heat"]),
        "lix": (["direction", "period", "lix", "n", "label"], data["lix"]),
        "worst": (["direction", "period", "team", "rank", "rule", "rate"], data["worst"]),
    }
    written = []
    for name, (cols, rows) in tables.items():
        path = folder / f"{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
        written.append(path)
    return written
