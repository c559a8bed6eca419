"""Scheduled monitoring: run history (SQLite or PostgreSQL), regressions between runs, alerts, trends."""
