"""Command-line tools: `jic-opt` (opt.py) runs passes on IR text."""
