"""PDF and data renditions of progress and monthly reports."""
