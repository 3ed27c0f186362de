"""X12 271 code lists: which codes are valid, and English descriptions marked for translation.

Descriptions are paraphrased (the official texts are X12's); the web layer translates them.
"""

from __future__ import annotations

from benefits.catalog import N_

ACTIVE = frozenset({"1", "2", "3", "4", "5"})
INACTIVE = frozenset({"6", "7", "8"})

# EB01, Eligibility or Benefit Information: the full 005010X279A1 list.
BENEFIT_KINDS: dict[str, str] = {
    "1": N_("Active coverage"),
    "2": N_("Active coverage, full-risk capitation"),
    "3": N_("Active coverage, services capitated"),
    "4": N_("Active coverage, capitated to the primary care physician"),
    "5": N_("Active coverage, pending investigation"),
    "6": N_("Inactive"),
    "7": N_("Inactive, pending eligibility update"),
    "8": N_("Inactive, pending investigation"),
    "A": N_("Coinsurance"),
    "B": N_("Copay"),
    "C": N_("Deductible"),
    "CB": N_("Coverage basis"),
    "D": N_("Benefit description"),
    "E": N_("Exclusions"),
    "F": N_("Limitations"),
    "G": N_("Out-of-pocket maximum"),
    "H": N_("Unlimited"),
    "I": N_("Not covered"),
    "J": N_("Cost containment"),
    "K": N_("Reserve"),
    "L": N_("Primary care provider"),
    "M": N_("Pre-existing condition"),
    "MC": N_("Managed care coordinator"),
    "N": N_("Services restricted to the following provider"),
    "O": N_("Not deemed a medical necessity"),
    "P": N_("Benefit disclaimer"),
    "Q": N_("Second surgical opinion required"),
    "R": N_("Other or additional payer"),
    "S": N_("Prior year history"),
    "T": N_("Card reported lost or stolen"),
    "U": N_("Contact the following entity for information"),
    "V": N_("Cannot process"),
    "W": N_("Other source of data"),
    "X": N_("Health care facility"),
    "Y": N_("Spend down"),
}

# EB03 service types: the mental-health ones and the common ones a payer lists beside them.
SERVICE_TYPES: dict[str, str] = {
    "1": N_("Medical care"),
    "30": N_("Health benefit plan coverage"),
    "33": N_("Chiropractic"),
    "35": N_("Dental care"),
    "47": N_("Hospital"),
    "48": N_("Hospital, inpatient"),
    "50": N_("Hospital, outpatient"),
    "86": N_("Emergency services"),
    "88": N_("Pharmacy"),
    "98": N_("Professional (physician) office visit"),
    "AL": N_("Vision (optometry)"),
    "UC": N_("Urgent care"),
    "MH": N_("Mental health"),
    "A4": N_("Psychiatric"),
    "A5": N_("Psychiatric room and board"),
    "A6": N_("Psychotherapy"),
    "A7": N_("Psychiatric, inpatient"),
    "A8": N_("Psychiatric, outpatient"),
    "AI": N_("Substance use disorder"),
    "AJ": N_("Alcohol use disorder"),
    "AK": N_("Drug use disorder"),
    "BB": N_("Psychiatric partial hospitalization"),
    "BC": N_("Psychiatric day care"),
    "BD": N_("Cognitive therapy"),
    "CE": N_("Mental health provider, inpatient"),
    "CF": N_("Mental health provider, outpatient"),
    "CG": N_("Mental health facility, inpatient"),
    "CH": N_("Mental health facility, outpatient"),
    "CI": N_("Substance use facility, inpatient"),
    "CJ": N_("Substance use facility, outpatient"),
    "RT": N_("Residential psychiatric treatment"),
}

# Outpatient mental-health care, what a therapy visit is billed under.
# BD (cognitive therapy) is left out: payers list it with rehabilitation (chiropractic,
# occupational and cardiac rehab) on shared limits, not with psychotherapy.
OUTPATIENT_MENTAL_HEALTH = frozenset({"MH", "A6", "A8", "CF", "CH"})
# Mental-health and substance-use services that may include outpatient care.
OTHER_MENTAL_HEALTH = frozenset({"A4", "AI", "AJ", "AK", "CJ"})
# Inpatient, residential and day programs: their per-visit costs are not a therapy visit's.
INPATIENT_MENTAL_HEALTH = frozenset({"A5", "A7", "BB", "BC", "CE", "CG", "CI", "RT"})
MENTAL_HEALTH = OUTPATIENT_MENTAL_HEALTH | OTHER_MENTAL_HEALTH | INPATIENT_MENTAL_HEALTH
GENERAL_PLAN = "30"
OFFICE_VISIT = "98"

# AAA03 reject reasons used in 271 responses.
REJECT_REASONS: dict[str, str] = {
    "04": N_("Authorized quantity exceeded"),
    "15": N_("Required application data missing"),
    "33": N_("Input errors"),
    "35": N_("Out of network"),
    "41": N_("Authorization or access restrictions"),
    "42": N_("Unable to respond at the current time"),
    "43": N_("Invalid or missing provider identification"),
    "44": N_("Invalid or missing provider name"),
    "45": N_("Invalid or missing provider specialty"),
    "46": N_("Invalid or missing provider phone number"),
    "47": N_("Invalid or missing provider state"),
    "48": N_("Invalid or missing referring provider identification"),
    "49": N_("Provider is not the primary care physician"),
    "50": N_("Provider ineligible for inquiries"),
    "51": N_("Provider not on file"),
    "52": N_("Service dates not within the provider's plan enrollment"),
    "53": N_("Inquired benefit inconsistent with the provider type"),
    "54": N_("Inappropriate product or service ID qualifier"),
    "55": N_("Inappropriate product or service ID"),
    "56": N_("Inappropriate date"),
    "57": N_("Invalid or missing dates of service"),
    "58": N_("Invalid or missing date of birth"),
    "60": N_("Date of birth follows the dates of service"),
    "61": N_("Date of death precedes the dates of service"),
    "62": N_("Date of service not within the allowable inquiry period"),
    "63": N_("Date of service in the future"),
    "64": N_("Invalid or missing patient ID"),
    "65": N_("Invalid or missing patient name"),
    "66": N_("Invalid or missing patient gender code"),
    "67": N_("Patient not found"),
    "68": N_("Duplicate patient ID number"),
    "69": N_("Inconsistent with the patient's age"),
    "70": N_("Inconsistent with the patient's gender"),
    "71": N_("Patient birth date does not match the payer's records"),
    "72": N_("Invalid or missing subscriber ID"),
    "73": N_("Invalid or missing subscriber name"),
    "74": N_("Invalid or missing subscriber gender code"),
    "75": N_("Subscriber not found"),
    "76": N_("Duplicate subscriber ID number"),
    "77": N_("Subscriber found, patient not found"),
    "78": N_("Subscriber not in the group or plan identified"),
    "79": N_("Invalid participant identification"),
    "80": N_("No response received, transaction terminated"),
    "97": N_("Invalid or missing provider address"),
    "98": N_("Experimental service or procedure"),
    "AA": N_("Authorization number not found"),
    "AE": N_("Requires primary care physician authorization"),
    "AF": N_("Invalid or missing diagnosis codes"),
    "AG": N_("Invalid or missing procedure codes"),
    "AO": N_("Additional patient condition information required"),
    "CI": N_("Certification information does not match the patient"),
    "E8": N_("Requires medical review"),
    "IA": N_("Invalid authorization number format"),
    "MA": N_("Missing authorization number"),
    "T4": N_("Payer name or identifier missing"),
}

HL_LEVELS = ("20", "21", "22", "23")  # payer, receiver, subscriber, dependent
YES_NO_UNKNOWN = ("Y", "N", "U")
NETWORK_CODES = ("Y", "N", "W", "U")
