"""The memory curve of a soak run and the growth rule (no Qt here).

Resident memory on a kiosk in use depends on what is on screen: the map holds its drawn hall pictures (100 MB and
more while zoomed), a list screen its rows, and garbage and the C allocator's free pages come and go. A sample taken
"whenever" swings by 30-100 MB, more than the 5 % being judged. So the growth rule reads checkpoints instead: every
15 s the visitor walks away (the idle reset, as at a real kiosk), and on the attract screen, after a garbage
collection and with the allocator's free pages handed back, the resident memory (VmRSS) is read. What is still
held then is what every visitor leaves behind: a leak shows as a rising line of checkpoints.

The rule:
- warm-up: the first max(60 s, 20 % of the run), but never more than half the run. Fonts, glyph and image caches,
  the keyboard and each screen's QML types fill up then; growth during warm-up is expected and not judged;
- the checkpoints after warm-up are split in thirds: baseline is the median of the first third, end the median of
  the last (at least one checkpoint each), so one odd checkpoint moves neither;
- the run fails when end exceeds baseline by more than 5 % (DESIGN.md §5). A run shorter than two minutes, or
  with fewer than two checkpoints after warm-up, has its curve reported and its growth not judged.
The once-a-second raw samples are kept as the curve a person reads; they are not judged.
"""

from __future__ import annotations

import statistics

GROWTH_LIMIT_PCT = 5.0
MIN_JUDGED_S = 120.0
SPARKS = "▁▂▃▄▅▆▇█"


def warmup_s(duration: float) -> float:
    """The warm-up, in seconds, of a run `duration` seconds long."""
    return min(max(60.0, 0.2 * duration), 0.5 * duration)


def judge(checkpoints: list[dict], duration: float, limit_pct: float = GROWTH_LIMIT_PCT) -> dict:
    """The growth verdict for checkpoints [{"t": seconds, "rss_mb": MB, ...}] of a run `duration` seconds long."""
    warmup = warmup_s(duration)
    out = {"rule": f"checkpoints on the attract screen every 15 s: median of the last third vs median of the first "
                   f"third after a {warmup:.0f} s warm-up; fails above +{limit_pct:g} %",
           "warmup_s": round(warmup, 1), "limit_pct": limit_pct,
           "start_mb": checkpoints[0]["rss_mb"] if checkpoints else None,
           "peak_mb": max(c["rss_mb"] for c in checkpoints) if checkpoints else None,
           "baseline_mb": None, "end_mb": None, "growth_pct": None, "checked": False, "ok": True}
    after = [c["rss_mb"] for c in checkpoints if c["t"] >= warmup]
    if len(after) < 2:
        out["note"] = "too few checkpoints after warm-up to judge"
        return out
    third = max(1, len(after) // 3)
    out["baseline_mb"] = round(statistics.median(after[:third]), 1)
    out["end_mb"] = round(statistics.median(after[-third:]), 1)
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
