"""The result file follows its published JSON Schema."""

from __future__ import annotations

import pytest

from crawler.schema import validate
from tests.conftest import CrawlRun


@pytest.mark.e2e
def test_crawl_result_follows_the_schema(shops_crawl: CrawlRun) -> None:
    validate(shops_crawl.document)


def test_minimal_document_follows_the_schema() -> None:
    journey = {
        "reached": "home",
        "stop_reason": "site injoignable (ERR_CONNECTION_REFUSED)",
        "steps": [],
        "checkout_steps": None,
        "guest_checkout": None,
        "forced_account_creation": None,
        "payment_methods": None,
        "bnpl_providers": None,
        "return_policy": {"free_returns": None, "return_window_days": None, "url": None},
        "cookie_banner": None,
        "checkout_form_fields": None,
    }
    validate({"sites": [{"url": "https://example.com/", "viewports": {"desktop": journey}}]})
