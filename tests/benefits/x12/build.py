"""Small 271s for one rule at a time: the envelope and parties around a member's lines."""

from __future__ import annotations

from benefits.summary.model import BenefitsSummary
from benefits.x12 import read_271, summarize

ISA = ("ISA*00*          *00*          *ZZ*PAYERTEST      *ZZ*CLINICTEST     "
       "*260301*0930*^*00501*000000301*0*P*:~")


def x12(*member: str, payer: str = "EXAMPLE HEALTH PLAN", subscriber_extra: str = "") -> str:
    """A one-transaction 271 whose subscriber loop holds `member` (segments without ~)."""
    body = [
        "ST*271*0001*005010X279A1", "BHT*0022*11*REQ1*20260301*0930",
        "HL*1**20*1", f"NM1*PR*2*{payer}*****PI*12345",
        "HL*2*1*21*1", "NM1*1P*2*TEST COUNSELING*****XX*1234567893",
        "HL*3*2*22*0", "NM1*IL*1*SAMPLE*PAT****MI*TEST0001",
    ]
    if subscriber_extra:
        body.append(subscriber_extra)
    body += list(member)
    body.append(f"SE*{len(body) + 1}*0001")
    return (ISA + "GS*HB*PAYERTEST*CLINICTEST*20260301*0930*301*X*005010X279A1~"
            + "".join(segment + "~" for segment in body) + "GE*1*301~IEA*1*000000301~")


def summary(*member: str, **options: str) -> BenefitsSummary:
    result = read_271(x12(*member, **options))
    assert result.error is None, result.error
    return summarize(result.transactions[0])
