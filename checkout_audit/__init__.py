"""The `checkout-audit` command: orchestrates the crawler, the audits and the reports."""
