"""A 999, 997 or TA1 acknowledgement in plain words: what was rejected, and why.

Shared by the benefits page, the API, `flask explain-271` and the batch upload, so all of
them say the same thing about a file that is an acknowledgement instead of a 271.
"""

from __future__ import annotations

from collections.abc import Mapping

from flask_babel import gettext

from benefits.x12.ack_codes import (
    ELEMENT_ERRORS,
    GROUP_ERRORS,
    GROUP_TRANSACTIONS,
    INTERCHANGE_NOTES,
    OUTCOMES,
    SEGMENT_ERRORS,
    TRANSACTION_ERRORS,
)
from benefits.x12.acks import (
    Acknowledgement,
    ElementError,
    GroupAck,
    InterchangeAck,
    SegmentError,
    TransactionAck,
)


def _word(table: Mapping[str, str], code: str | None) -> str:
    """A code's meaning in the reader's language; a code we do not know is named as is."""
    if code is None:
        return gettext("no reason was given")
    meaning = table.get(code)
    return gettext(meaning) if meaning else gettext("code %(code)s, which we do not know",
                                                    code=code)


def _subject(ack: Acknowledgement) -> str:
    """What was sent and answered: the first rejected transaction's kind, usually 270."""
    transactions = [t for g in ack.groups for t in g.transactions]
    first = next((t for t in transactions if t.rejected), transactions[0] if transactions
                 else None)
    if first is not None and first.transaction_set:
        return first.transaction_set
    group = ack.groups[0] if ack.groups else None
    found = GROUP_TRANSACTIONS.get(group.functional_id or "") if group else None
    return found or gettext("request")


def ack_headline(ack: Acknowledgement) -> str:
    """One sentence: this is an acknowledgement, and whether (and why) it rejected."""
    if any(interchange.rejected for interchange in ack.interchanges):
        return gettext("This is an acknowledgement (%(kind)s), not a 271: the clearinghouse "
                       "rejected the whole file because %(why)s.", kind=ack.kind,
                       why=_first_reason(ack))
    if ack.rejected:
        return gettext("This is an acknowledgement (%(kind)s), not a 271: the clearinghouse "
                       "rejected the %(what)s because %(why)s.", kind=ack.kind,
                       what=_subject(ack), why=_first_reason(ack))
    if not ack.groups:
        return gettext("This is an acknowledgement (%(kind)s), not a 271: the clearinghouse "
                       "accepted the file. It has no benefits in it; the 271 comes as a "
                       "separate file.", kind=ack.kind)
    return gettext("This is an acknowledgement (%(kind)s), not a 271: the clearinghouse "
                   "accepted the %(what)s. It has no benefits in it; the 271 comes as a "
                   "separate file.", kind=ack.kind, what=_subject(ack))


def _first_reason(ack: Acknowledgement) -> str:
    """The most exact reason given: the envelope's, an element's, a segment's, a group's."""
    for interchange in ack.interchanges:
        if interchange.rejected:
            return _word(INTERCHANGE_NOTES, interchange.note)
    for group in ack.groups:
        for transaction in group.transactions:
            if transaction.rejected:
                return _transaction_reason(transaction)
        if group.rejected:
            return _word(GROUP_ERRORS, group.errors[0] if group.errors else None)
    return gettext("no reason was given")


def _transaction_reason(transaction: TransactionAck) -> str:
    if not transaction.segments:
        errors = transaction.errors
        return _word(TRANSACTION_ERRORS, errors[0] if errors else None)
    segment = transaction.segments[0]
    where = _where(segment, transaction.transaction_set)
    if not segment.elements:
        return gettext("%(where)s: %(problem)s", where=where,
                       problem=_word(SEGMENT_ERRORS, segment.code))
    element = segment.elements[0]
    return gettext("%(where)s has a problem in element %(element)s: %(problem)s",
                   where=where, element=_element_name(segment, element),
                   problem=_word(ELEMENT_ERRORS, element.code))


def _where(segment: SegmentError, transaction_set: str | None) -> str:
    """ "segment NM1 in loop 2100C (number 8 in the 270)", with what is known of it."""
    where = gettext("segment %(id)s", id=segment.segment_id or "?")
    if segment.loop:
        where = gettext("%(segment)s in loop %(loop)s", segment=where, loop=segment.loop)
    if segment.position is not None:
        where = gettext("%(segment)s (number %(position)s in the %(what)s)", segment=where,
                        position=segment.position,
                        what=transaction_set or gettext("request"))
    return where


def _element_name(segment: SegmentError, element: ElementError) -> str:
    """The element as X12 writes it: NM109, or SV101-2 for a part of a composite."""
    if element.position is None:
        return "?"
    name = f"{segment.segment_id or ''}{element.position:02d}"
    return f"{name}-{element.component}" if element.component is not None else name


def ack_lines(ack: Acknowledgement) -> list[str]:
    """Everything the acknowledgement says, one statement a line, then what to do."""
    lines = [_interchange_line(interchange) for interchange in ack.interchanges]
    for group in ack.groups:
        lines += _group_lines(group)
    if any(interchange.rejected for interchange in ack.interchanges):
        lines.append(gettext("What to do: fix what is named above and send the file again. "
                             "Your clearinghouse can help you read this acknowledgement."))
    elif ack.rejected:
        lines.append(gettext("What to do: fix what is named above and send the %(what)s "
                             "again. Your clearinghouse can help you read this "
                             "acknowledgement.", what=_subject(ack)))
    return lines


def _interchange_line(interchange: InterchangeAck) -> str:
    return gettext("The file with control number %(number)s was %(outcome)s: %(note)s.",
                   number=interchange.control_number or "?",
                   outcome=_word(OUTCOMES, interchange.code),
                   note=_word(INTERCHANGE_NOTES, interchange.note))


def _count(value: int | None) -> str:
    return str(value) if value is not None else gettext("not stated")


def _group_lines(group: GroupAck) -> list[str]:
    lines = [gettext("The group with control number %(number)s (%(what)s transactions) was "
                     "%(outcome)s.", number=group.control_number or "?",
                     what=GROUP_TRANSACTIONS.get(group.functional_id or "") or
                     group.functional_id or "?", outcome=_word(OUTCOMES, group.code)),
             gettext("Transactions: %(sent)s sent, %(received)s received, %(accepted)s "
                     "accepted.", sent=_count(group.included),
                     received=_count(group.received), accepted=_count(group.accepted))]
    lines += [gettext("Problem with the group: %(problem)s.",
                      problem=_word(GROUP_ERRORS, code)) for code in group.errors]
    for transaction in group.transactions:
        lines += _transaction_lines(transaction)
    return lines


def _transaction_lines(transaction: TransactionAck) -> list[str]:
    what = transaction.transaction_set or gettext("request")
    lines = [gettext("The %(what)s with control number %(number)s was %(outcome)s.",
                     what=what, number=transaction.control_number or "?",
                     outcome=_word(OUTCOMES, transaction.code))]
    lines += [gettext("Why: %(problem)s.", problem=_word(TRANSACTION_ERRORS, code))
              for code in transaction.errors]
    for segment in transaction.segments:
        lines.append(gettext("In %(where)s: %(problem)s.", where=_where(segment, what),
                             problem=_word(SEGMENT_ERRORS, segment.code)))
        lines += [gettext("Element %(element)s (data element %(reference)s): %(problem)s.",
                          element=_element_name(segment, element),
                          reference=element.reference or "?",
                          problem=_word(ELEMENT_ERRORS, element.code))
                  for element in segment.elements]
    return lines
