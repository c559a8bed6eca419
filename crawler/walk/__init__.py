"""The shopper's walk: from a home or product page to the payment step, recording facts."""
