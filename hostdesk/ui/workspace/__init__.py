"""The family workspace's parts: header, one module per tab, and what they share."""
