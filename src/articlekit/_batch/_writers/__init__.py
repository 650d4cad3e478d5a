"""Batch outputs, one writer per format: JSON lines (plain, gzipped, stdout), CSV and Parquet."""
