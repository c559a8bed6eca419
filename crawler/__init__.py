"""Checkout friction audit crawler: records what a shopper meets from product to payment."""

__version__ = "0.1.0"
