"""Reports: HTML, CSV and spreadsheet views of a saved result folder (`DIR/audit.json`, `DIR/screens/`).

Reports read only the saved document, never a live page; every key may be missing in an older file.
"""
