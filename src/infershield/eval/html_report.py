"""A self-contained HTML report: ROC curve, score histograms per category, confusion table, worst cases."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from infershield.eval.harness import Outcome, Run
from infershield.eval.metrics import roc

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:right}
th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}
.bad{color:#b00020;font-weight:600}.grid{display:flex;flex-wrap:wrap;gap:1rem}
figure{margin:0}figcaption{font-size:.85rem;color:#555}
details{margin:.4rem 0;border:1px solid #eee;padding:.3rem .6rem}pre{white-space:pre-wrap;font-size:.8rem}
"""


def _roc_svg(points: Sequence[dict[str, Any]], size: int = 320) -> str:
    if not points:
        return "<p>No ROC: needs both attacks and benign records.</p>"
    pad = 30
    span = size - 2 * pad
    path = " ".join(f"{'M' if i == 0 else 'L'}{pad + p['fpr'] * span:.1f},{size - pad - p['tpr'] * span:.1f}"
                    for i, p in enumerate(points))
    return (f'<svg width="{size}" height="{size}" role="img" aria-label="ROC curve">'
            f'<rect x="{pad}" y="{pad}" width="{span}" height="{span}" fill="none" stroke="#999"/>'
            f'<line x1="{pad}" y1="{size - pad}" x2="{size - pad}" y2="{pad}" stroke="#ccc" stroke-dasharray="4"/>'
            f'<path d="{path}" fill="none" stroke="#1565c0" stroke-width="2"/>'
            f'<text x="{size / 2}" y="{size - 5}" text-anchor="middle" font-size="11">false-positive rate</text>'
            f'<text x="10" y="{size / 2}" font-size="11" transform="rotate(-90 10 {size / 2})" '
            f'text-anchor="middle">true-positive rate</text></svg>')


def _histogram_svg(attack: Sequence[int], benign: Sequence[int], threshold: int, width: int = 320) -> str:
    bins = 20
    height = 120

    def counts(values: Sequence[int]) -> list[int]:
        out = [0] * bins
        for v in values:
            out[min(bins - 1, v * bins // 101)] += 1
        return out

    a, b = counts(attack), counts(benign)
    top = max([1, *a, *b])
    bar = width / bins
    rects = []
    for i in range(bins):
        for values, colour, offset in ((b, "#43a047", 0.0), (a, "#e53935", bar / 2)):
            h = values[i] / top * (height - 10)
            rects.append(f'<rect x="{i * bar + offset:.1f}" y="{height - h:.1f}" width="{bar / 2 - 1:.1f}" '
                         f'height="{h:.1f}" fill="{colour}"/>')
    x = threshold / 100 * width
    return (f'<svg width="{width}" height="{height + 14}" role="img" aria-label="risk histogram">{"".join(rects)}'
            f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#000" stroke-dasharray="3"/>'
            f'<text x="0" y="{height + 12}" font-size="10">risk 0</text>'
            f'<text x="{width - 40}" y="{height + 12}" font-size="10">risk 100</text></svg>')


def _metric_table(title: str, rows: dict[str, Any]) -> str:
    head = "<tr><th>" + html.escape(title) + "</th><th>n</th><th>TP</th><th>FP</th><th>TN</th><th>FN</th>" \
           "<th>TPR</th><th>FPR</th><th>precision</th><th>F1</th></tr>"
    body = []
    for name, m in rows.items():
        cells = [str(m[k]) for k in ("n", "tp", "fp", "tn", "fn")]
        rates = ["–" if m[k] is None else f"{100 * m[k]:.1f} %" for k in ("tpr", "fpr", "precision", "f1")]
        body.append(f"<tr><td>{html.escape(name)}</td><td>" + "</td><td>".join(cells + rates) + "</td></tr>")
    return f"<table>{head}{''.join(body)}</table>"


def _cases(title: str, outcomes: Sequence[Outcome]) -> str:
    if not outcomes:
        return f"<h2>{html.escape(title)}</h2><p>None.</p>"
    items = [f"<details><summary>{html.escape(o.category)} · risk {o.risk} · {html.escape(o.action)} · "
             f"{html.escape(o.id)}</summary><p>{html.escape(o.excerpt)}</p><pre>{html.escape(o.explanation)}</pre>"
             f"</details>" for o in outcomes]
    return f"<h2>{html.escape(title)}</h2>{''.join(items)}"


def render(run: Run, report: dict[str, Any], *, worst: int = 25) -> str:
    """The whole report as one HTML document (no external assets)."""
    curve = roc([(o.label == "attack", o.risk) for o in run.outcomes])
    benign = [o.risk for o in run.outcomes if o.label == "benign"]
    figures = []
    for category in sorted({o.category for o in run.outcomes if o.label == "attack"}):
        attacks = [o.risk for o in run.outcomes if o.label == "attack" and o.category == category]
        figures.append(f"<figure>{_histogram_svg(attacks, benign, run.threshold)}<figcaption>"
                       f"{html.escape(category)}: attacks (red) vs all benign (green)</figcaption></figure>")
    misses = sorted((o for o in run.outcomes if o.label == "attack" and not o.flagged), key=lambda o: o.risk)
    false_positives = sorted((o for o in run.outcomes if o.label == "benign" and o.flagged), key=lambda o: -o.risk)
    overall = report["overall"]
    tpr = "–" if overall["tpr"] is None else f"{100 * overall['tpr']:.1f} %"
    fpr = "–" if overall["fpr"] is None else f"{100 * overall['fpr']:.1f} %"
    summary = (f"{report['n']} inputs · threshold {report['threshold']} · TPR {tpr} · FPR {fpr} · "
               f"AUC {curve['auc']} · p95 {report['latency_ms']['p95']} ms · {report['errors']} errors")
    failed = "".join(f"<li class='bad'>{html.escape(f)}</li>" for f in report["scenarios"]["failed"])
    return "".join([
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>InferShield evaluation</title>",
        f"<style>{_STYLE}</style></head><body><h1>InferShield evaluation</h1><p>{html.escape(summary)}</p>",
        f"<h2>ROC</h2>{_roc_svg(curve['points'])}",
        "<h2>Risk scores by category</h2><div class='grid'>", "".join(figures), "</div>",
        "<h2>Confusion by category</h2>", _metric_table("category", report["by_category"]),
        "<h2>By language</h2>", _metric_table("language", report["by_lang"]),
        f"<h2>Scenarios</h2><p>{report['scenarios']['passed']} of {report['scenarios']['n']} passed.</p>"
        f"<ul>{failed}</ul>",
        _cases(f"Worst misses (lowest risk, {min(worst, len(misses))} of {len(misses)})", misses[:worst]),
        _cases(f"Worst false positives (highest risk, {min(worst, len(false_positives))} of "
               f"{len(false_positives)})", false_positives[:worst]),
        "</body></html>",
    ])
