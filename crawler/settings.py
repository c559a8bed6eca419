"""Scrapy settings: polite defaults, one shared Chromium, one browser context per journey.

Our own settings are prefixed CHECKOUT_AUDIT_; the command line overrides them.
"""

from crawler.browser import find_chromium

BOT_NAME = "checkout-audit"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# A journey is one shopper's visit: robots.txt is read and reported by the walk, obeyed only
# with --obey-robots (CHECKOUT_AUDIT_OBEY_ROBOTS), never by Scrapy's middleware.
ROBOTSTXT_OBEY = False
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 0
COOKIES_ENABLED = False  # cookies live in each journey's browser context
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOAD_HANDLERS = {
    "http": "crawler.handler.SharedPlaywrightHandler",
    "https": "crawler.handler.SharedPlaywrightHandler",
}
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
PLAYWRIGHT_BROWSER_TYPE = "chromium"
# The browser's own headers (its user agent) go out, not Scrapy's.
PLAYWRIGHT_PROCESS_REQUEST_HEADERS = None
PLAYWRIGHT_MAX_CONTEXTS = 4  # concurrent journeys
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30000


def launch_options(executable: str | None = None, loopback_only: bool = False) -> dict:
    from crawler.browser import LOOPBACK_ONLY_ARG

    options = {"headless": True, "executable_path": executable or find_chromium(), "args": []}
    if loopback_only:
        options["args"].append(LOOPBACK_ONLY_ARG)
    return options


try:
    PLAYWRIGHT_LAUNCH_OPTIONS = launch_options()
except Exception:  # noqa: BLE001 - reported clearly by the command line before any crawl
    PLAYWRIGHT_LAUNCH_OPTIONS = {"headless": True}

ITEM_PIPELINES = {"crawler.pipelines.AuditFilePipeline": 300}

CHECKOUT_AUDIT_PAUSE_MS = 400
CHECKOUT_AUDIT_ACTION_TIMEOUT_MS = 5000
CHECKOUT_AUDIT_JOURNEY_TIMEOUT = 180
CHECKOUT_AUDIT_CONSENT = "accept"
CHECKOUT_AUDIT_OBEY_ROBOTS = False
CHECKOUT_AUDIT_ALLOW_ACCOUNT = False
CHECKOUT_AUDIT_SCREENSHOTS = True
CHECKOUT_AUDIT_OUT = "audit-out"
