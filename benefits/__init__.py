"""Insurance rules: plans, cost sharing, X12, networks, codes and appeals.

Pure Python: no Flask, SQLAlchemy, WTForms or requests. Money is `decimal.Decimal`.
"""
