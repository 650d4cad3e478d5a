"""Archive and container formats: what a capture holds (WARC, ARC, WACZ, WET, MHTML, feeds), read into
documents for the front doors."""
