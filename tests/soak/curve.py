"""The memory curve of a soak run and the growth rule (no Qt here).

The rule, over samples of the process's VmRSS taken about once a second:
- warm-up: the first max(60 s, 20 % of the run), but never more than half the run. Screens, fonts, glyph caches,
  the keyboard and the image caches fill up then; growth during warm-up is expected and not judged;
- baseline: the median RSS over the window that starts where warm-up ends;
- end: the median RSS over the last window of the run;
- a window is max(30 s, 10 % of the run) long (at most a quarter of the run), so one spike (a big page, a garbage collection not yet run) moves
  neither median;
- the run fails when end exceeds baseline by more than 5 % (DESIGN.md §5). A run shorter than two minutes has no
  room for a warm-up and two windows: its curve is reported, its growth is not judged.
"""

from __future__ import annotations

import statistics

GROWTH_LIMIT_PCT = 5.0
MIN_JUDGED_S = 120.0
SPARKS = "▁▂▃▄▅▆▇█"


def windows(duration: float) -> tuple[float, float]:
    """(warm-up seconds, window seconds) for a run of `duration` seconds."""
    warmup = min(max(60.0, 0.2 * duration), 0.5 * duration)
    window = min(max(30.0, 0.1 * duration), 0.25 * duration)
    return warmup, window


def judge(samples: list[dict], duration: float, limit_pct: float = GROWTH_LIMIT_PCT) -> dict:
    """The growth verdict for samples [{"t": seconds, "rss_mb": MB, ...}] of a run `duration` seconds long."""
    warmup, window = windows(duration)
    rss = [s["rss_mb"] for s in samples]
    out = {"rule": f"median RSS of the last {window:.0f} s vs median of the {window:.0f} s after a "
                   f"{warmup:.0f} s warm-up; fails above +{limit_pct:g} %",
           "warmup_s": round(warmup, 1), "window_s": round(window, 1), "limit_pct": limit_pct,
           "start_mb": rss[0] if rss else None, "peak_mb": max(rss) if rss else None,
           "baseline_mb": None, "end_mb": None, "growth_pct": None, "checked": False, "ok": True}
    base = [s["rss_mb"] for s in samples if warmup <= s["t"] < warmup + window]
    last = [s["rss_mb"] for s in samples if s["t"] >= duration - window]
    if not base or not last:
        out["note"] = "too few samples to judge"
        return out
    out["baseline_mb"] = round(statistics.median(base), 1)
    out["end_mb"] = round(statistics.median(last), 1)
    out["growth_pct"] = round((out["end_mb"] / out["baseline_mb"] - 1) * 100, 2)
    if duration < MIN_JUDGED_S:
        out["note"] = f"not judged: the run is shorter than {MIN_JUDGED_S:.0f} s"
        return out
    out["checked"] = True
    out["ok"] = out["growth_pct"] <= limit_pct
    return out


def sparkline(values: list[float], width: int = 60) -> str:
    if not values:
        return ""
    if len(values) > width:  # the mean of each of `width` equal slices
        step = len(values) / width
        values = [statistics.fmean(values[int(i * step):max(int(i * step) + 1, int((i + 1) * step))])
                  for i in range(width)]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    return "".join(SPARKS[min(len(SPARKS) - 1, int((v - low) / span * len(SPARKS)))] for v in values)


def table(samples: list[dict], rows: int = 20) -> str:
    """A compact text table of the curve: about `rows` evenly spaced samples, and the last one."""
    if not samples:
        return "(no memory samples)"
    step = max(1, len(samples) // rows)
    picked = samples[::step]
    if picked[-1] is not samples[-1]:
        picked.append(samples[-1])
    lines = [f"{'time':>7}  {'RSS MB':>7}  {'actions':>7}  screen"]
    for s in picked:
        lines.append(f"{s['t']:>6.0f}s  {s['rss_mb']:>7.1f}  {s['actions']:>7}  {s['screen']}")
    rss = [s["rss_mb"] for s in samples]
    lines.append(f"RSS {min(rss):.1f}–{max(rss):.1f} MB  {sparkline(rss)}")
    return "\n".join(lines)
