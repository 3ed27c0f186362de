"""Read Plan-Net answers: classify HTTP responses, turn FHIR R4 Bundles into dataclasses."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

import requests

Resource = Mapping[str, Any]

NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"
NUCC_SYSTEM = "http://nucc.org/provider-taxonomy"
PLAN_NET = "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/"
NETWORK_EXT = PLAN_NET + "network-reference"
NEWPATIENTS_EXT = PLAN_NET + "newpatients"


class DirectoryError(Exception):
    """The directory answered, but not with a usable FHIR Bundle."""


class DirectoryUnavailable(DirectoryError):
    """The directory could not be reached, or kept failing after retries."""

    def __init__(self, base_url: str, reason: str) -> None:
        super().__init__(f"provider directory {base_url} is unavailable: {reason}")
        self.base_url = base_url
        self.reason = reason


class SearchNotSupported(DirectoryError):
    """The server rejected a search (HTTP 400) or silently ignored its parameters."""


class TransientError(Exception):
    """A failure worth retrying; carries the server's Retry-After in seconds, if any."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class DirectoryNetwork:
    """A Plan-Net Network: an Organization of type ntwk."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class DirectoryRole:
    """One PractitionerRole in one or more networks, with its practitioner and location."""

    npi: str | None
    name: str | None
    network_ids: tuple[str, ...]
    network_names: tuple[str, ...]
    active: bool | None
    period_start: str | None
    period_end: str | None
    specialties: tuple[str, ...]
    accepting_new_patients: str | None
    location: str | None
    phone: str | None


def in_network_now(role: DirectoryRole, today: date) -> bool:
    """Say whether the role is active and its period covers today."""
    # A missing `active` is unknown, not "inactive": only an explicit false excludes.
    if role.active is False:
        return False
    day = today.isoformat()
    # FHIR dates may be partial ("2025", "2025-06"); comparing equal-length prefixes
    # makes "end 2025" mean "through the end of 2025", as FHIR intends.
    if role.period_start and day[: len(role.period_start[:10])] < role.period_start[:10]:
        return False
    return not (role.period_end and day[:len(role.period_end[:10])] > role.period_end[:10])


def bundle_resources(bundle: Resource, resource_type: str) -> list[Resource]:
    """Return the search matches of one type; entries marked as includes are skipped."""
    found = []
    for entry in bundle.get("entry") or ():
        resource = entry.get("resource") or {}
        mode = (entry.get("search") or {}).get("mode", "match")
        if resource.get("resourceType") == resource_type and mode == "match":
            found.append(resource)
    return found


def index_resources(bundle: Resource) -> dict[str, Resource]:
    """Index every resource in the Bundle by its "Type/id" key."""
    index: dict[str, Resource] = {}
    for entry in bundle.get("entry") or ():
        resource = entry.get("resource") or {}
        if resource.get("resourceType") and resource.get("id"):
            index[f"{resource['resourceType']}/{resource['id']}"] = resource
    return index


def reference_key(reference: Resource | None) -> str | None:
    """Reduce a relative, absolute or versioned reference to "Type/id"."""
    ref = (reference or {}).get("reference")
    if not ref:
        return None
    parts = ref.split("/_history/")[0].rstrip("/").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else None


def next_link(bundle: Resource) -> str | None:
    """Return the URL of the next page, as the server wrote it."""
    for link in bundle.get("link") or ():
        if link.get("relation") == "next" and link.get("url"):
            return str(link["url"])
    return None


def parse_network(resource: Resource) -> DirectoryNetwork | None:
    """Return a DirectoryNetwork, or None if the Organization is not typed as a network."""
    codes = {c.get("code") for t in resource.get("type") or () for c in t.get("coding") or ()}
    if "ntwk" not in codes:
        return None
    return DirectoryNetwork(id=str(resource["id"]), name=str(resource.get("name") or ""))


def practitioner_npi(practitioner: Resource | None) -> str | None:
    """Return the NPI identifier value of a Practitioner."""
    for identifier in (practitioner or {}).get("identifier") or ():
        if identifier.get("system") == NPI_SYSTEM and identifier.get("value"):
            return str(identifier["value"])
    return None


def practitioner_name(practitioner: Resource | None) -> str | None:
    """Format the first HumanName as "Family, Given Middle"."""
    names = (practitioner or {}).get("name") or ()
    if not names:
        return None
    name = names[0]
    family, given = name.get("family") or "", " ".join(name.get("given") or ())
    if family and given:
        return f"{family}, {given}"
    return family or given or name.get("text") or None


def parse_role(role: Resource, index: Mapping[str, Resource]) -> DirectoryRole:
    """Build a DirectoryRole, resolving references against the Bundle's included resources."""
    practitioner = index.get(reference_key(role.get("practitioner")) or "")
    network_refs = [
        ext.get("valueReference") or {}
        for ext in role.get("extension") or ()
        if ext.get("url") == NETWORK_EXT
    ]
    network_keys = [reference_key(ref) or "" for ref in network_refs]
    locations = [index[k] for k in map(reference_key, role.get("location") or ())
                 if k and k in index]
    period = role.get("period") or {}
    return DirectoryRole(
        npi=practitioner_npi(practitioner),
        name=practitioner_name(practitioner),
        network_ids=tuple(key.split("/")[-1] for key in network_keys if key),
        network_names=tuple(_network_names(network_refs, network_keys, index)),
        active=role.get("active"),
        period_start=period.get("start"),
        period_end=period.get("end"),
        specialties=_nucc_codes(role.get("specialty") or ()),
        accepting_new_patients=_accepting(role, locations),
        location=_location_text(locations[0]) if locations else None,
        phone=_phone(role) or next(filter(None, map(_phone, locations)), None),
    )


def _network_names(
    refs: list[Resource], keys: list[str], index: Mapping[str, Resource]
) -> Iterable[str]:
    """Name each network from its included Organization, else the reference's display."""
    for ref, key in zip(refs, keys, strict=True):
        name = (index.get(key) or {}).get("name") or ref.get("display")
        if name:
            yield str(name)


def _nucc_codes(concepts: Iterable[Resource]) -> tuple[str, ...]:
    """Collect NUCC taxonomy codes from a list of CodeableConcepts."""
    return tuple(
        str(coding["code"])
        for concept in concepts
        for coding in concept.get("coding") or ()
        if coding.get("system") == NUCC_SYSTEM and coding.get("code")
    )


def _accepting(role: Resource, locations: list[Resource]) -> str | None:
    """Read newpatients from the role, else from its first location that states it."""
    for resource in (role, *locations):
        for ext in resource.get("extension") or ():
            if ext.get("url") == NEWPATIENTS_EXT:
                value = _accepting_value(ext)
                if value:
                    return value
    return None


def _accepting_value(ext: Resource) -> str | None:
    """Return the AcceptingPatientsCS code: nopt, newpt, existptonly or existptfam."""
    for sub in ext.get("extension") or ():
        if sub.get("url") != "acceptingPatients":
            continue
        if isinstance(sub.get("valueBoolean"), bool):
            # Some servers send a boolean; map it onto the code system's two plain codes.
            return "newpt" if sub["valueBoolean"] else "nopt"
        codings = (sub.get("valueCodeableConcept") or {}).get("coding") or ()
        for coding in codings:
            if coding.get("code"):
                return str(coding["code"])
    return None


def _location_text(location: Resource) -> str | None:
    """Format a Location as one line: name, street, city, state and ZIP."""
    address = location.get("address") or {}
    state_zip = " ".join(filter(None, (address.get("state"), address.get("postalCode"))))
    street = address.get("text") or ", ".join(
        filter(None, (*(address.get("line") or ()), address.get("city"), state_zip))
    )
    return ", ".join(filter(None, (location.get("name"), street))) or None


def _phone(resource: Resource) -> str | None:
    """Return the first phone ContactPoint value."""
    for telecom in resource.get("telecom") or ():
        if telecom.get("system") == "phone" and telecom.get("value"):
            return str(telecom["value"])
    return None


def read_json(response: requests.Response) -> Any:
    """Classify the status, then decode the JSON body."""
    status = response.status_code
    if status == 429 or status >= 500:
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        raise TransientError(f"HTTP {status} from {response.url}", retry_after)
    if status == 400:
        raise SearchNotSupported(f"HTTP 400 from {response.url}: {outcome_text(response)}")
    try:
        response.raise_for_status()
    except requests.HTTPError as exc:
        raise DirectoryError(f"HTTP {status} from {response.url}") from exc
    try:
        return response.json()
    except requests.JSONDecodeError as exc:
        kind = response.headers.get("Content-Type", "no content type")
        raise DirectoryError(f"{response.url} did not answer JSON ({kind})") from exc


def retry_after_seconds(value: str | None) -> float | None:
    """Parse Retry-After as seconds or an HTTP date; None if absent or unreadable."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def outcome_text(response: requests.Response) -> str:
    """Summarise an OperationOutcome body, if the error response has one."""
    try:
        body = response.json()
    except requests.JSONDecodeError:
        return response.reason or "bad request"
    issues = (body.get("issue") or ()) if isinstance(body, dict) else ()
    texts = [i.get("diagnostics") or (i.get("details") or {}).get("text") for i in issues]
    return "; ".join(filter(None, texts)) or response.reason or "bad request"
