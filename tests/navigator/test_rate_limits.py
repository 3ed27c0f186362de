"""Rate limits: every POST is counted per address and route; the next one past the limit
answers 429 with a translated page or problem+json, and Retry-After."""

from __future__ import annotations

import json
import os
import uuid

import pytest
import redis

from navigator.core.errors import MESSAGES
from navigator.core.settings import ConfigError
from tests.benefits.test_estimate_input import GOOD
from tests.conftest import skip_unless_required

REDIS_URL = os.environ.get("NAVIGATOR_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
LOW = {"RATELIMIT_FORMS": "2/minute", "RATELIMIT_FEEDBACK": "1/minute",
       "RATELIMIT_API": "2/minute"}


def post_estimate(client, **kwargs):
    return client.post("/api/v1/estimate", data=json.dumps(GOOD),
                       content_type="application/json", **kwargs)


def translated_title(app, lang: str) -> str:
    with app.test_request_context(f"/?lang={lang}"):
        return str(MESSAGES[429][0])


def assert_retry_after(response, most: int = 60) -> None:
    assert 1 <= int(response.headers["Retry-After"]) <= most


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_form_post_past_the_limit_gets_a_translated_page(make_app, lang):
    app = make_app(**LOW)
    client = app.test_client()
    for _ in range(2):
        assert client.post(f"/front-desk/check?lang={lang}", data={}).status_code != 429
    response = client.post(f"/front-desk/check?lang={lang}", data={})
    assert response.status_code == 429 and response.mimetype == "text/html"
    assert f'<html lang="{lang}"' in response.text
    assert translated_title(app, lang) in response.text
    assert "try again in" in response.text or lang == "es"
    assert_retry_after(response)


def test_the_api_past_the_limit_gets_problem_json(make_app):
    client = make_app(**LOW).test_client()
    assert [post_estimate(client).status_code for _ in range(2)] == [200, 200]
    response = post_estimate(client)
    assert response.status_code == 429
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 429 and response.json["title"]
    assert_retry_after(response)


def test_page_feedback_has_its_own_lower_limit(make_app):
    client = make_app(**LOW).test_client()
    assert client.post("/glossary/copayment/feedback", data={"helpful": "yes"}).status_code == 302
    assert client.post("/glossary/deductible/feedback",
                       data={"helpful": "no"}).status_code == 429
    # Counted per route: the form posts elsewhere still have their own allowance.
    assert client.post("/front-desk/check", data={}).status_code != 429


def test_pages_read_with_get_are_not_limited(make_app):
    client = make_app(**LOW).test_client()
    assert {client.get("/front-desk").status_code for _ in range(5)} == {200}
    assert {client.get("/api/v1/glossary").status_code for _ in range(5)} == {200}


def test_every_post_route_is_limited(make_app):
    app = make_app(RATELIMIT_FORMS="1/minute", RATELIMIT_FEEDBACK="1/minute",
                   RATELIMIT_API="1/minute")
    adapter = app.url_map.bind("localhost")
    rules = [rule for rule in app.url_map.iter_rules() if "POST" in (rule.methods or ())]
    assert len(rules) >= 10
    for rule in rules:
        url = adapter.build(rule.endpoint, dict.fromkeys(rule.arguments, "x"), method="POST")
        client = app.test_client()
        assert client.post(url).status_code != 429, url
        assert client.post(url).status_code == 429, url


def test_a_forwarded_for_header_does_not_reset_the_count(make_app):
    client = make_app(**LOW).test_client()
    codes = [post_estimate(client, headers={"X-Forwarded-For": f"10.0.0.{n}"}).status_code
             for n in range(3)]
    assert codes == [200, 200, 429]


def test_behind_a_trusted_proxy_each_client_is_counted_apart(make_app):
    client = make_app(PROXY_COUNT=1, **LOW).test_client()
    first = {"X-Forwarded-For": "203.0.113.1"}
    assert [post_estimate(client, headers=first).status_code for _ in range(3)] == [
        200, 200, 429]
    assert post_estimate(client, headers={"X-Forwarded-For": "203.0.113.2"}).status_code == 200


def test_a_limit_that_cannot_be_read_stops_the_start(make_app):
    with pytest.raises(ConfigError, match="NAVIGATOR_RATELIMIT_FEEDBACK"):
        make_app(RATELIMIT_FEEDBACK="lots")


@pytest.fixture
def redis_prefix():
    client = redis.Redis.from_url(REDIS_URL, socket_timeout=1, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError:
        skip_unless_required(f"Redis rate-limit tests need a Redis at {REDIS_URL}")
    prefix = f"navigator-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    for key in client.scan_iter(f"*{prefix}*"):
        client.delete(key)
    client.close()


def test_apps_sharing_redis_share_the_count(make_app, redis_prefix):
    shared = {"RATELIMIT_STORAGE_URI": REDIS_URL, "RATELIMIT_KEY_PREFIX": redis_prefix, **LOW}
    one, two = make_app(**shared).test_client(), make_app(**shared).test_client()
    assert post_estimate(one).status_code == 200
    assert post_estimate(two).status_code == 200
    response = post_estimate(one)
    assert response.status_code == 429
    assert_retry_after(response)


def test_a_redis_that_is_down_falls_back_to_memory(make_app):
    # Port 1 refuses connections: POSTs must still be answered, and still limited.
    client = make_app(RATELIMIT_STORAGE_URI="redis://127.0.0.1:1/0", **LOW).test_client()
    assert [post_estimate(client).status_code for _ in range(3)] == [200, 200, 429]
