"""Qt widgets, models and dialogs: the only place Qt lives."""
