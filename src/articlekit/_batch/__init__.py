"""Batch runs: many documents in (files, folders, globs, WARC files), one record per document out."""
