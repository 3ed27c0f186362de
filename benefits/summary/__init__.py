"""What a plan says about therapy: the benefits summary, parity checks and who enforces them.

model (the summary and its plan types), session (one session's price from a summary),
parity (rules that may break the parity law), enforcers (who enforces it), sample_plans.
"""
