"""999, 997 and TA1 acknowledgements for the tests, written here after published examples.

Shapes follow (names, IDs and control numbers replaced with made-up ones):
- 999 accepted and rejected: Project-Herophilus/Project-Herophilus-Assets,
  Testing/TestData/samples-edi/"999 Sample (Accepted).txt" and "999 Sample (Rejected).txt"
  (eMedNY samples; commit 34e14a2c72e9), answering a 270 here instead of an 837.
- 999 with IK3, CTX and IK4 loops: the X12Parser Ruby library's 999 parse test (IK3*CLM,
  CTX*CLM01, IK4*2*782*1, IK5*R*5, AK9*P) and a public Ruby test built on stupidedi
  (IK3/CTX/IK4 loops closed by IK5*R*I5*4).
- TA1: MicrosoftDocs/azure-docs, articles/logic-apps/
  logic-apps-enterprise-integration-x12-ta1-acknowledgment.md (TA101 to TA105), and public
  "ISA ... TA1*<ISA13>*<date>*<time>*A*000~IEA*0*..." examples; a TA1 alone in an
  interchange has IEA01 0.
- 997: the Boomi 997 guide's AK3/AK4/AK5 example, as quoted in public x12 parsers' tests.
"""

from __future__ import annotations

ISA = ("ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*CLINIC01       "
       "*261102*0931*^*00501*000000201*0*P*:~\n")


def ack(*body: str, kind: str = "999", version: str = "005010X231A1") -> str:
    """ISA, GS (functional group FA), ST ... SE around `body`, then GE and IEA."""
    st = f"ST*{kind}*0001*{version}~\n" if version else f"ST*{kind}*0001~\n"
    segments = "".join(f"{segment}~\n" for segment in body)
    count = len(body) + 2
    return (ISA + f"GS*FA*CLEARHOUSE*CLINIC01*20261102*0931*201*X*{version or '004010'}~\n"
            + st + segments + f"SE*{count}*0001~\nGE*1*201~\nIEA*1*000000201~\n")


ACCEPTED_999 = ack("AK1*HS*101*005010X279A1", "AK2*270*0001*005010X279A1", "IK5*A",
                   "AK9*A*1*1*1")
# NM109 (the member ID) was not an allowed value; IK404 quotes it, CTX names the loop.
REJECTED_999 = ack("AK1*HS*101*005010X279A1", "AK2*270*0001*005010X279A1",
                   "IK3*NM1*8*2100C*8", "CTX*SUBSCRIBER NAME:NM109", "IK4*9*67*7*ZZSECRET99",
                   "IK3*DMG*10**8", "IK4*2*1251*8*19990231", "IK5*R*5", "AK9*R*1*1*0")
# A 999 whose transaction set was refused outright: no segment notes, codes in IK502.
REFUSED_999 = ack("AK1*HS*101*005010X279A1", "AK2*270*0001*005010X279A1", "IK5*R*4*I5",
                  "AK9*R*1*1*0*5")
REJECTED_997 = ack("AK1*HS*101", "AK2*270*0001", "AK3*NM1*8**8", "AK4*9*67*7",
                   "AK5*R*5", "AK9*R*1*1*0", kind="997", version="")
# The date in the ISA of the file that was sent (ISA09) was not valid.
REJECTED_TA1 = ISA + "TA1*000000101*261102*0930*R*014~\nIEA*0*000000201~\n"
ACCEPTED_TA1 = ISA + "TA1*000000101*261102*0930*A*000~\nIEA*0*000000201~\n"
