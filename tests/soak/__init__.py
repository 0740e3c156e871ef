"""The soak: a seeded random visitor taps through the real kiosk for minutes, in a child process, and the run fails
on any Qt warning, any Python exception, or resident memory growing more than 5 % after warm-up.

    .venv/bin/python -m tests.soak --minutes 10 --seed 1      (or: make soak MINUTES=10 SEED=1)

Not a pytest module: pytest collects tests/unit and tests/ui only (tests/unit/harness/test_soak_harness.py runs it
briefly).
"""
