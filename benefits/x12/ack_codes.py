"""The codes of 999, 997 and TA1 acknowledgements, in our own plain English.

Each meaning is written to follow "because" or a colon, so it starts in lower case and has
no final period. They paraphrase the code lists (the official texts are X12's) and are
marked for translation; the web layer translates them.
"""

from __future__ import annotations

from benefits.catalog import N_

# TA104, and the outcome words of IK501 and AK901 (P only in AK901).
OUTCOMES: dict[str, str] = {
    "A": N_("accepted"),
    "E": N_("accepted, with errors noted"),
    "P": N_("partly accepted: some of it was rejected"),
    "R": N_("rejected"),
    "M": N_("rejected, because its security code did not match"),
    "W": N_("rejected, because it failed security checks"),
    "X": N_("rejected, because it could not be read after decryption"),
}

# TA105, interchange note codes: the full list, 000 to 031.
INTERCHANGE_NOTES: dict[str, str] = {
    "000": N_("there was no error"),
    "001": N_("the control numbers in the file's first (ISA) and last (IEA) segments differ"),
    "002": N_("they do not take the standard named in the ISA"),
    "003": N_("they do not take this version of the envelope (ISA12)"),
    "004": N_("the character that ends each segment is not valid"),
    "005": N_("the code for the kind of sender ID (ISA05) is not valid"),
    "006": N_("the sender ID (ISA06) is not valid"),
    "007": N_("the code for the kind of receiver ID (ISA07) is not valid"),
    "008": N_("the receiver ID (ISA08) is not valid"),
    "009": N_("they do not know the receiver ID (ISA08)"),
    "010": N_("the code for the authorization information (ISA01) is not valid"),
    "011": N_("the authorization information (ISA02) is not valid"),
    "012": N_("the code for the security information (ISA03) is not valid"),
    "013": N_("the security information (ISA04), such as a password, is not valid"),
    "014": N_("the date in the ISA is not valid"),
    "015": N_("the time in the ISA is not valid"),
    "016": N_("the standards ID in the ISA is not valid"),
    "017": N_("the version number in the ISA is not valid"),
    "018": N_("the file's control number (ISA13) is not valid"),
    "019": N_("the ISA's request for an acknowledgement (ISA14) is not valid"),
    "020": N_("the ISA's test-or-production flag (ISA15) is not valid"),
    "021": N_("the number of groups the IEA gives is not valid"),
    "022": N_("the way the envelope and its groups fit together is not valid"),
    "023": N_("the file ended too early"),
    "024": N_("something inside the envelope, such as a GS segment, is not valid"),
    "025": N_("they already had a file with this control number"),
    "026": N_("the character that separates elements is not valid"),
    "027": N_("the character that separates the parts of an element is not valid"),
    "028": N_("the delivery date asked for is not valid"),
    "029": N_("the delivery time asked for is not valid"),
    "030": N_("the code for the delivery time asked for is not valid"),
    "031": N_("the grade-of-service code is not valid"),
}

# IK304 (999) and AK304 (997): what is wrong with a segment.
SEGMENT_ERRORS: dict[str, str] = {
    "1": N_("its segment ID is not one they know"),
    "2": N_("the segment was not expected there"),
    "3": N_("a segment that is required is missing"),
    "4": N_("a loop repeats more times than allowed"),
    "5": N_("the segment repeats more times than allowed"),
    "6": N_("the segment does not belong in this kind of transaction"),
    "7": N_("the segment is out of order"),
    "8": N_("some of its elements have errors"),
    "I4": N_("the guide says this segment must not be used"),
    "I6": N_("a segment the guide requires in this situation is missing"),
    "I7": N_("a loop appears fewer times than the guide requires"),
    "I8": N_("the segment appears fewer times than the guide requires"),
    "I9": N_("the guide says this segment must not be used in this situation"),
}

# IK403 (999) and AK403 (997): what is wrong with an element.
ELEMENT_ERRORS: dict[str, str] = {
    "1": N_("a required value is missing"),
    "2": N_("a value that another value makes required is missing"),
    "3": N_("there are too many values"),
    "4": N_("the value is too short"),
    "5": N_("the value is too long"),
    "6": N_("the value has a character that is not allowed"),
    "7": N_("the value is not one of the allowed codes"),
    "8": N_("the date is not valid"),
    "9": N_("the time is not valid"),
    "10": N_("two values that must not appear together both appear"),
    "12": N_("the value repeats too many times"),
    "13": N_("the value has too many parts"),
    "I6": N_("the code exists, but the guide does not allow it here"),
    "I9": N_("a value the guide requires in this situation is missing"),
    "I10": N_("the guide says this value must not be used"),
    "I11": N_("the value repeats fewer times than the guide requires"),
    "I12": N_("the value does not have the form the guide requires"),
    "I13": N_("the guide says this value must not be used in this situation"),
}

# IK502 to IK506 (999) and AK502 to AK506 (997): what is wrong with a transaction.
TRANSACTION_ERRORS: dict[str, str] = {
    "1": N_("they do not take this kind of transaction"),
    "2": N_("the transaction's last segment (SE) is missing"),
    "3": N_("the control numbers in the transaction's ST and SE differ"),
    "4": N_("the segment count in SE does not match the segments sent"),
    "5": N_("one or more segments have errors"),
    "6": N_("the kind of transaction (ST01) is missing or not valid"),
    "7": N_("the transaction's control number (ST02) is missing or not valid"),
    "8": N_("the name of the authentication key is not known"),
    "9": N_("the name of the encryption key is not known"),
    "10": N_("the security service asked for is not available"),
    "11": N_("the security recipient is not known"),
    "12": N_("the message length is wrong (encrypted messages only)"),
    "13": N_("the message's security code did not match"),
    "15": N_("the security sender is not known"),
    "16": N_("the decrypted text has a syntax error"),
    "17": N_("they do not support security"),
    "18": N_("the transaction is not inside a group (GS to GE)"),
    "19": N_("the guide named in ST03 is not valid"),
    "23": N_("the transaction's control number is used twice in its group"),
    "24": N_("a security end segment (S3E) is missing for a security start (S3S)"),
    "25": N_("a security start segment (S3S) is missing for a security end (S3E)"),
    "26": N_("a security end segment (S4E) is missing for a security start (S4S)"),
    "27": N_("a security start segment (S4S) is missing for a security end (S4E)"),
    "I5": N_("one or more segments break the guide's rules"),
    "I6": N_("they do not take the guide this transaction follows"),
}

# AK905 to AK909: what is wrong with a functional group.
GROUP_ERRORS: dict[str, str] = {
    "1": N_("they do not take this kind of group"),
    "2": N_("they do not take this version of the group"),
    "3": N_("the group's last segment (GE) is missing"),
    "4": N_("the control numbers in the group's GS and GE differ"),
    "5": N_("the transaction count in GE does not match the transactions sent"),
    "6": N_("the group's control number is not valid"),
    "10": N_("the name of the authentication key is not known"),
    "11": N_("the name of the encryption key is not known"),
    "12": N_("the security service asked for is not available"),
    "13": N_("the security recipient is not known"),
    "14": N_("the security sender is not known"),
    "15": N_("the decrypted text has a syntax error"),
    "16": N_("they do not support security"),
    "17": N_("the message length is wrong (encrypted messages only)"),
    "18": N_("the message's security code did not match"),
    "19": N_("the group's control number is used twice in the file"),
    "23": N_("a security end segment (S3E) is missing for a security start (S3S)"),
    "24": N_("a security start segment (S3S) is missing for a security end (S3E)"),
    "25": N_("a security end segment (S4E) is missing for a security start (S4S)"),
    "26": N_("a security start segment (S4S) is missing for a security end (S4E)"),
}

# AK101: the kind of group acknowledged, as the transaction it carries.
GROUP_TRANSACTIONS: dict[str, str] = {
    "HS": "270", "HB": "271", "HR": "276", "HN": "277", "HI": "278", "HC": "837",
    "HP": "835", "BE": "834", "RA": "820", "FA": "999",
}
